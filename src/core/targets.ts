import { Decimal, HUNDRED, ONE, roundTo, ZERO } from './decimal';
import { parseNumberText } from './numbers';
import type { ReverseRule } from './profiles';
import { norm } from './text';

/**
 * A 年度指标值 read for scoring. DOMAIN.md: positive (`≥`, `>`), equality (`=`), zero (`=0次`), reverse
 * (`≤`, `2 小时内`) and qualitative (及时, 健全 …) targets each score differently.
 */
export type Target =
  | { kind: 'positive' | 'equality' | 'zero' | 'reverse'; value: Decimal; percent: boolean; unit: string; scale: number }
  | { kind: 'qualitative'; text: string };

const POSITIVE_PREFIX = /^(>=|≥|>|不少于|不低于|大于等于|大于|至少|达到)/;
const REVERSE_PREFIX = /^(<=|≤|<|不高于|不超过|小于等于|小于|低于|少于)/;
const EQUAL_PREFIX = /^(=|==|等于)/;
// `2 小时内`, and deadlines: `9月前`, `11月底前`, `年底之前`.
const REVERSE_SUFFIX = /(以内|之内|内|之前|以前|底前|前)$/;

const YEAR = /^(19|20)\d{2}年度?$/;

/** A leading number with its unit: `1份年度运维总结报告` → 1, `100%响应…` → 100%. */
function leadingNumber(text: string): ReturnType<typeof parseNumberText> {
  const whole = parseNumberText(text);
  if (whole) return whole;
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?(?:万|亿)?(?:%|\(%\))?)/.exec(text);
  return m ? parseNumberText(m[1]) : null;
}

/** First characters of the comparator words; a target starting with any other Chinese character is qualitative. */
const WORD_COMPARATOR_INITIALS = new Set(['不', '大', '小', '至', '达', '等', '低', '少']);

// Targets and actuals repeat across forms (`=100%`, `及时`, `>=90%`): each text is read once. Results are
// never changed after reading, so sharing them is safe; the bound keeps a long batch's memory flat.
const MEMO_LIMIT = 5000;
const targetMemo = new Map<string, Target | null>();
const actualMemo = new Map<string, Actual | null>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export function parseTarget(text: string): Target | null {
  const known = targetMemo.get(text);
  return known !== undefined || targetMemo.has(text) ? known! : remember(targetMemo, text, readTarget(text));
}

/** Comparators that provincial systems print in other code points: `≧`, `≦`, `═` (`﹦` and `＝` fold under NFKC). */
function foldComparators(t: string): string {
  return t.replace(/≧/g, '≥').replace(/≦/g, '≤').replace(/═/g, '=');
}

function readTarget(text: string): Target | null {
  let t = foldComparators(norm(text));
  if (t === '') return null;
  const first = t.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fa5 && !WORD_COMPARATOR_INITIALS.has(t[0])) return { kind: 'qualitative', text: t };
  // A calendar year (`2019年`, a 完成时限) is a date, not an amount: met when the actual names it, else judged by hand.
  if (YEAR.test(t)) return { kind: 'qualitative', text: t };
  let kind: 'positive' | 'equality' | 'reverse' | null = null;
  let m: RegExpExecArray | null;
  if ((m = POSITIVE_PREFIX.exec(t))) kind = 'positive';
  else if ((m = REVERSE_PREFIX.exec(t))) kind = 'reverse';
  else if ((m = EQUAL_PREFIX.exec(t))) kind = 'equality';
  if (m) t = t.slice(m[0].length);
  if (kind === null && REVERSE_SUFFIX.test(t) && parseNumberText(t.replace(REVERSE_SUFFIX, ''))) {
    const n = parseNumberText(t.replace(REVERSE_SUFFIX, ''))!;
    return { kind: 'reverse', value: n.value, percent: n.percent, unit: n.unit, scale: n.scale };
  }
  const n = kind === null ? leadingNumber(t) : parseNumberText(t);
  if (!n) return { kind: 'qualitative', text: norm(text) };
  const resolved = kind ?? 'equality';
  if (resolved !== 'reverse' && n.value.isZero()) return { kind: 'zero', value: n.value, percent: n.percent, unit: n.unit, scale: n.scale };
  return { kind: resolved, value: n.value, percent: n.percent, unit: n.unit, scale: n.scale };
}

/** Words that state a target was met whatever it was (`达成指标`, `是`). */
const MET_WORDS = new Set(['达成指标', '达成', '已达成', '达标', '已达标', '是', '完成', '已完成', '符合', '满足']);

export type Actual =
  | { kind: 'met' }
  | { kind: 'number'; value: Decimal }
  | { kind: 'text'; text: string };

/** Reads a 实际完成值 against its target (so that `90` reads as 90% when the target is a percentage). */
export function parseActual(text: string, target: Target): Actual | null {
  // What an actual means depends on its target only through these two facts.
  const key = `${target.kind === 'qualitative' ? 'q' + target.text : target.percent ? '%' : '#'}\u0000${text}`;
  const known = actualMemo.get(key);
  return known !== undefined || actualMemo.has(key) ? known! : remember(actualMemo, key, readActual(text, target));
}

function readActual(text: string, target: Target): Actual | null {
  const t = foldComparators(norm(text));
  if (t === '') return null;
  if (MET_WORDS.has(t)) return { kind: 'met' };
  if (target.kind === 'qualitative') return t === target.text ? { kind: 'met' } : { kind: 'text', text: t };
  const stripped = t.replace(POSITIVE_PREFIX, '').replace(REVERSE_PREFIX, '').replace(EQUAL_PREFIX, '');
  const n = parseNumberText(stripped.replace(REVERSE_SUFFIX, '')) ?? leadingNumber(stripped);
  if (!n) return t === norm(text) && t === target.kind ? null : { kind: 'text', text: t };
  let value = n.value;
  // `>=85%` answered with a bare `90`: the person meant percentage points.
  if (target.percent && !n.percent && value.greaterThan(ONE)) value = value.dividedBy(HUNDRED);
  // A bare target `10` answered `115.25%`: the actual is in the target's own points, 115.25.
  if (!target.percent && n.percent) value = value.times(HUNDRED);
  // `≥5万元` answered with a bare `5`: the actual is in the target's unit, 5万元.
  if (target.scale > 1 && n.scale === 1 && n.unit === '') value = value.times(target.scale);
  return { kind: 'number', value };
}

export interface Suggestion {
  /** The suggested score, or null where the author must judge (a qualitative target not met). */
  score: Decimal | null;
  /** True when the target and the actual are both numbers (the `score-rule` check applies). */
  quantitative: boolean;
}

/** The rule-based score of one indicator (DOMAIN.md, "Indicator score suggestions"). */
export function suggestScore(target: Target | null, actual: Actual | null, weight: Decimal, reverseRule: ReverseRule): Suggestion {
  if (!target || !actual) return { score: null, quantitative: false };
  if (actual.kind === 'met') return { score: weight, quantitative: false };
  if (target.kind === 'qualitative' || actual.kind === 'text') return { score: null, quantitative: false };
  const a = actual.value;
  const t = target.value;
  const round = (d: Decimal) => roundTo(Decimal.max(ZERO, Decimal.min(weight, d)), 2);
  switch (target.kind) {
    case 'zero':
      return { score: a.isZero() ? weight : ZERO, quantitative: true };
    case 'positive':
    case 'equality':
      return { score: a.greaterThanOrEqualTo(t) ? weight : round(a.dividedBy(t).times(weight)), quantitative: true };
    case 'reverse': {
      if (a.lessThanOrEqualTo(t)) return { score: weight, quantitative: true };
      if (reverseRule === 'ratio') return { score: round(t.dividedBy(a).times(weight)), quantitative: true };
      // linear: full at T, nothing at 2T
      return { score: round(t.times(2).minus(a).dividedBy(t).times(weight)), quantitative: true };
    }
  }
}

/** The actual as a share of a positive target (for `overachievement`), or null. */
export function achievementRatio(target: Target | null, actual: Actual | null): Decimal | null {
  if (!target || !actual || target.kind !== 'positive' || actual.kind !== 'number') return null;
  if (target.value.lessThanOrEqualTo(0)) return null;
  return actual.value.dividedBy(target.value);
}
