import { a1 } from './address';
import { bandsOf, gradeFor, numberOf } from './compute';
import type { FormCheck } from './check';
import { Decimal, HUNDRED, roundTo, ZERO } from './decimal';
import { gradeFormula, sameGrade } from './grades';
import type { CellValue } from './grid';
import type { EvaluationForm, NumberAt } from './model';
import type { Profile } from './profiles';

export type EditKind = 'rate' | 'budget-score' | 'indicator-score' | 'total' | 'grade' | 'number-text';

/**
 * One change the engine proposes: write `next` into `cell`, which holds `current` now. Hosts preview the
 * list, apply all of it or none, and keep `current` to undo exactly.
 */
export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  kind: EditKind;
  current: { value: CellValue; formula?: string };
  /** The value to write (and, where a formula is written, the value it evaluates to now). */
  next: string | number;
  /** A live formula that keeps the cell right when its inputs change (without `=`), where one can. */
  formula?: string;
  /** Number format to give the cell (`0.00%` for a rate), where the cell needs one. */
  numFmt?: string;
  /** Why, in Chinese, for the preview. */
  reason: string;
  /**
   * A rule-based score offered over one someone filled in (`score-rule`): never written unless the user
   * accepts it, and then the total and grade follow it (see `accepted` of editsFor).
   */
  suggestion?: true;
}

type CurrentOf = (row: number, col: number) => { value: CellValue; formula?: string; numFmt?: string };

const toNumber = (d: Decimal) => Number(d.toString());

/** The key of a cell in `accepted`: `row,col`. */
export const acceptKey = (at: { row: number; col: number }) => `${at.row},${at.col}`;

export interface EditOptions {
  /** Offer rule-based scores over filled-in ones that differ (the pane's preview, unticked); batch writes never do. */
  offer?: boolean;
  /** The offered scores the user accepted (`row,col` keys): the total and grade count them. */
  accepted?: ReadonlySet<string>;
}

/**
 * The edits that bring a form in line with the rules: the rate and budget score where empty or wrong,
 * empty indicator scores that have a rule-based suggestion, numbers stored as text turned into numbers,
 * the total and the grade. With `offer`, filled-in scores that differ from their rule get a suggestion too; the
 * total and grade count one only where `accepted` holds its cell (the user ticked it).
 */
export function editsFor(form: EvaluationForm, profile: Profile, checked: FormCheck, currentOf: CurrentOf, { offer = false, accepted = new Set() }: EditOptions = {}): CellEdit[] {
  const edits: CellEdit[] = [];
  // Nothing is computed over a form one of whose parts could not be read: it would be a wrong number.
  if (Object.values(form.parts).includes('unread') || form.parts.score !== 'read') return edits;
  const wrong = (rule: string, at: NumberAt | null) => at !== null && checked.findings.some((f) => f.rule === rule && f.row === at.row && f.col === at.col);
  /** Adds the edit unless the cell already holds `next`; true when it was added. */
  const push = (at: { row: number; col: number }, kind: EditKind, next: string | number, reason: string, numFmt?: string, formula?: string): boolean => {
    const { numFmt: _format, ...current } = currentOf(at.row, at.col);
    if (current.value === next) return false; // already right, whether typed or computed by a formula
    edits.push({ sheet: form.sheet, row: at.row, col: at.col, cell: a1(at.row, at.col), kind, current, next, numFmt, reason, ...(formula ? { formula } : {}) });
    return true;
  };
  // The total the sheet will add up to once these edits are in: the printed parts, with each score this
  // write fills or corrects in place of what is printed. (A budget score the checker accepts stays as printed,
  // so the total does too, and a SUM formula gives the same value as the one written.)
  let after = checked.totals.computed;
  const replaces = (at: NumberAt, score: Decimal) => (after = after.plus(score).minus(numberOf(at) ?? ZERO));
  const formulas = formulasFor(form, profile, checked.figures?.rate ?? null);
  const currentFormat = (row: number, col: number) => currentOf(row, col).numFmt;
  const f = checked.figures;
  const b = form.budget;

  // The rate, where it is empty or wrong and stands in a cell of its own (not after a label in one cell).
  if (b?.rate && f?.rate && (b.rate.value.kind === 'blank' || wrong('execution-rate', b.rate)) && !labelCell(currentOf(b.rate.row, b.rate.col).value)) {
    const value = pointsOf(b, f.rate, profile) ? roundTo(f.rate.times(HUNDRED), 2, profile.rounding) : roundTo(f.rate, 4, profile.rounding);
    push(b.rate, 'rate', toNumber(value), '执行率 = 执行数 / 预算数', pointsOf(b, f.rate, profile) ? '0.00' : '0.00%', formulas.rate);
  }
  if (b?.score && f?.ruleScore && (b.score.value.kind === 'blank' || wrong('budget-score', b.score) || wrong('not-a-number', b.score))) {
    if (push(b.score, 'budget-score', toNumber(f.ruleScore), profile.rateScoreBands ? '按预算执行率评分规则' : `分值 × 执行率，保留两位小数`, undefined, formulas.budgetScore)) replaces(b.score, f.ruleScore);
  }
  for (const x of form.indicators) {
    if (x.score.value.kind !== 'blank' || (b?.score && x.row === b.score.row)) continue;
    const s = checked.suggestions.get(x)?.score;
    if (s && push(x.score, 'indicator-score', toNumber(s), `按目标 ${x.target} 与实际 ${x.actual} 计算`)) replaces(x.score, s);
  }
  // A score someone filled in that differs from its rule: offered, never assumed.
  for (const x of offer ? form.indicators : []) {
    const s = checked.suggestions.get(x)?.score;
    if (!s || !wrong('score-rule', x.score) || (b?.score && x.row === b.score.row)) continue;
    if (push(x.score, 'indicator-score', toNumber(s), `按目标 ${x.target} 与实际 ${x.actual} 计算的建议分（表中为 ${currentOf(x.score.row, x.score.col).value}）`)) {
      edits[edits.length - 1].suggestion = true;
      if (accepted.has(acceptKey(x.score))) replaces(x.score, s);
    }
  }
  // Offered: numbers stored as text become the same numbers (the value is certain; the cell's format stays, except
  // the Text format `@`, under which a spreadsheet would keep showing the number as text).
  const edited = (at: { row: number; col: number }) => edits.some((e) => e.row === at.row && e.col === at.col);
  for (const at of offer ? textNumbers(form) : []) {
    if (edited(at) || at.value.kind !== 'number') continue;
    const v = at.value;
    const format = currentFormat(at.row, at.col);
    const numFmt = format === '@' || (v.percent && !format) ? (v.percent ? `0${v.places ? '.' + '0'.repeat(v.places) : ''}%` : 'General') : undefined;
    push(at, 'number-text', toNumber(v.value), `“${v.text ?? ''}”以文本存储，改为数字`, numFmt);
  }

  const total = roundTo(after, 2);
  const t = form.total;
  if (t && (checked.totals.hasScores || edits.length > 0)) {
    const declared = numberOf(t.score);
    const tail = t.score.value.kind === 'number' && (t.score.value.floatTail || t.score.value.asText);
    if (declared === null || !roundTo(declared, 2).equals(total) || tail || t.score.value.kind === 'invalid') {
      // SUM skips numbers stored as text: where a score stays text after this write, the total goes in as a value.
      const summed = [...form.indicators.map((x) => x.score), ...(form.family === 'mof-2020' && b?.score ? [b.score] : [])];
      // A text fix the user may untick does not count: the total then stays a value, right either way.
      const rewritten = (at: NumberAt) => edits.some((e) => e.row === at.row && e.col === at.col && e.kind !== 'number-text');
      const textLeft = summed.some((at) => at.value.kind === 'number' && at.value.asText && !rewritten(at));
      push(t.score, 'total', toNumber(total), '各项得分之和', undefined, textLeft ? undefined : formulas.total);
    }
  }
  const g = form.grade;
  // On a blank form the scores this write fills give the total its grade in the same write.
  if (g && (checked.totals.hasScores || edits.length > 0)) {
    const grade = gradeFor(total, form, profile);
    if (grade && (g.value === '' || !sameGrade(g.value, grade)) && !labelCell(currentOf(g.row, g.col).value)) {
      push(g, 'grade', grade, `总分 ${total.toString()} 所在等级`, undefined, formulas.grade);
    }
  }
  return edits;
}

/**
 * Live formulas for the computed cells, evaluated alike by Excel, WPS and LibreOffice: the rate and the
 * budget score from the amounts, the total as the SUM of the score cells, the grade as IFs over the bands.
 */
function formulasFor(form: EvaluationForm, profile: Profile, rate: Decimal | null): { rate?: string; budgetScore?: string; total?: string; grade?: string } {
  const out: { rate?: string; budgetScore?: string; total?: string; grade?: string } = {};
  const round = profile.rounding === 'half-up' ? 'ROUND' : 'ROUNDDOWN';
  const b = form.budget;
  const ref = (at: NumberAt | null) => (at && at.value.kind === 'number' && !at.value.asText ? a1(at.row, at.col) : null);
  const planned = ref(b?.planned ?? null);
  const executed = ref(b?.executed ?? null);
  if (b && planned && executed && b.fromParts.length === 0) {
    out.rate = rate && pointsOf(b, rate, profile) ? `${round}(${executed}/${planned}*100,2)` : `${round}(${executed}/${planned},4)`;
    const weight = ref(b.weight);
    if (weight && !profile.rateScoreBands) out.budgetScore = `${round}(${weight}*MIN(${executed}/${planned},1),2)`;
  }
  if (form.total) {
    const parts = runs(form.indicators.map((x) => x.score)).map(([from, to]) => (from === to ? a1(from.row, from.col) : `${a1(from.row, from.col)}:${a1(to.row, to.col)}`));
    if (form.family === 'mof-2020' && b?.score) parts.push(a1(b.score.row, b.score.col));
    if (parts.length) out.total = `SUM(${parts.join(',')})`;
    out.grade = gradeFormula(a1(form.total.score.row, form.total.score.col), bandsOf(form, profile));
  }
  return out;
}

/** Consecutive cells of one column as [first, last] runs: H13:H19 and H21:H25 around a repeated header. */
function runs(cells: NumberAt[]): [NumberAt, NumberAt][] {
  const out: [NumberAt, NumberAt][] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (last && last[1].col === cell.col && last[1].row + 1 === cell.row) last[1] = cell;
    else out.push([cell, cell]);
  }
  return out;
}

/** The form's numeric cells that hold a number typed as text (the total's own cell is the total edit's). */
function textNumbers(form: EvaluationForm): NumberAt[] {
  const b = form.budget;
  const cells = [b?.planned, b?.executed, b?.rate, b?.weight, b?.score, ...form.indicators.flatMap((x) => [x.weight, x.score]), form.total?.weight];
  return cells.filter((at): at is NumberAt => !!at && at.value.kind === 'number' && at.value.asText);
}

/** A cell that holds a label and its value together (`预算执行率（%）：94%`): never overwritten. */
function labelCell(value: CellValue): boolean {
  return typeof value === 'string' && /[:：]/.test(value);
}

/**
 * Whether the rate goes in as percentage points. Points of 1.5 or less would read back as a fraction
 * (1 point as 100%), so such a rate goes in as a fraction formatted as a percentage, which reads back as meant.
 */
function pointsOf(b: NonNullable<EvaluationForm['budget']>, rate: Decimal, profile: Profile): boolean {
  return b.ratePoints && roundTo(rate.times(HUNDRED), 2, profile.rounding).greaterThan(1.5);
}
