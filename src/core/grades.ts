import type { Decimal } from './decimal';
import { GRADE_SYNONYMS, type GradeBand } from './profiles';
import { norm } from './text';

/**
 * The grade as a spreadsheet formula over a total cell: `IF(x>=90,"优秀",IF(x>=75,"良好",…))`, the same bands as
 * `gradeOf`: the lowest band takes every lower total only when it starts at 0; otherwise such a total has no grade.
 */
export function gradeFormula(total: string, bands: readonly GradeBand[]): string {
  const lowest = bands[bands.length - 1];
  const below = lowest.min <= 0 ? `"${lowest.grade}"` : `IF(${total}>=${lowest.min},"${lowest.grade}","")`;
  return bands.slice(0, -1).reduceRight((otherwise, b) => `IF(${total}>=${b.min},"${b.grade}",${otherwise})`, below);
}

/** The band a total falls in (lower bounds included). */
export function gradeOf(total: Decimal, bands: readonly GradeBand[]): string | null {
  for (const band of bands) if (total.greaterThanOrEqualTo(band.min)) return band.grade;
  return null;
}

/** True when two grade words name the same band (`优` and `优秀`). */
export function sameGrade(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  return GRADE_SYNONYMS.some((words) => words.includes(x) && words.includes(y));
}

const BANDS_MEMO = new Map<string, GradeBand[] | null>();

/**
 * The bands a form's 说明 states, e.g. `90（含）-100分为优秀，75（含）-90分为良好，…，0-60分为不合格`.
 * Null when the text states fewer than two bands.
 */
export function parseBands(text: string): GradeBand[] | null {
  // A unit's forms share one 说明 text word for word: read it once.
  if (BANDS_MEMO.has(text)) return BANDS_MEMO.get(text)!;
  const bands = readBands(text);
  if (BANDS_MEMO.size >= 1000) BANDS_MEMO.clear();
  BANDS_MEMO.set(text, bands);
  return bands;
}

function readBands(text: string): GradeBand[] | null {
  const t = norm(text);
  const found: GradeBand[] = [];
  const pattern = /(\d+(?:\.\d+)?)(?:\(含\))?[-~—至到](\d+(?:\.\d+)?)分?(?:\(含\))?(?:为|的为|评为)([\u4e00-\u9fa5]{1,4}?)(?=[,，;；。、]|$|\d|[3-9]、)/g;
  for (let m = pattern.exec(t); m; m = pattern.exec(t)) {
    found.push({ min: Number(m[1]), grade: m[3] });
  }
  if (found.length < 2) return null;
  return found.sort((a, b) => b.min - a.min);
}
