/**
 * Number formats and merged areas of a used range through ET's documented members alone (`NumberFormat`,
 * `MergeCells`, `MergeArea`, `Address`), complete, and never a call per cell. Both members answer for a whole
 * range at once: `NumberFormat` is a string when every cell shares it and null otherwise; `MergeCells` is
 * false when no cell is merged, true when every cell is, null for a mix (VBA's semantics, which ET follows;
 * docs/hosts.md, "WPS"). So a range is asked whole and split in two only where the answer is mixed: the calls
 * grow with the number of format changes and merged areas (times the halvings to reach each, the logarithm of
 * the range's size), not with the number of cells.
 */
import { a1, areaOfA1, rangeA1 } from '../core/address';
import type { MergeArea } from '../core/grid';
import { type EtWorksheet, member } from './et-api';

export interface Looks {
  /** The number format of a cell, 0-based from the range's first cell; undefined for General. */
  formatAt(row: number, col: number): string | undefined;
  /** Merged areas, 0-based, absolute. */
  merges: MergeArea[];
}

const rangeOf = (sheet: EtWorksheet, a: MergeArea) => sheet.Range(rangeA1(a.top, a.left, a.bottom, a.right));
const height = (a: MergeArea) => a.bottom - a.top + 1;
const width = (a: MergeArea) => a.right - a.left + 1;

/** Splits an area in two across its longer side (rows first when they tie). */
function halves(a: MergeArea): [MergeArea, MergeArea] {
  if (height(a) >= width(a)) {
    const mid = a.top + Math.floor((height(a) - 1) / 2);
    return [
      { ...a, bottom: mid },
      { ...a, top: mid + 1 },
    ];
  }
  const mid = a.left + Math.floor((width(a) - 1) / 2);
  return [
    { ...a, right: mid },
    { ...a, left: mid + 1 },
  ];
}

/** Every cell's number format: the whole range when it shares one, else column by column, halving mixed columns. */
export function documentedFormats(sheet: EtWorksheet, area: MergeArea): Looks['formatAt'] {
  const whole = rangeOf(sheet, area).NumberFormat;
  if (typeof whole === 'string') return () => whole;
  const columns: (string | undefined)[][] = [];
  const fill = (part: MergeArea) => {
    const format = rangeOf(sheet, part).NumberFormat;
    if (typeof format === 'string') {
      const column = (columns[part.left - area.left] ??= []);
      for (let r = part.top; r <= part.bottom; r++) column[r - area.top] = format;
    } else if (height(part) > 1) {
      halves(part).forEach(fill);
    }
  };
  for (let c = area.left; c <= area.right; c++) fill({ top: area.top, bottom: area.bottom, left: c, right: c });
  return (r, c) => columns[c]?.[r];
}

/**
 * Every merged area touching the range: asked whole, halved where some cells are merged, down to the cell
 * whose `MergeArea` names its area. Parts inside an area already found are not asked again.
 */
export function documentedMerges(sheet: EtWorksheet, area: MergeArea): MergeArea[] {
  // A build whose MergeCells answers neither true, false nor null cannot be halved on: no merges then.
  const whole = rangeOf(sheet, area).MergeCells as unknown;
  if (whole === false || (whole !== true && whole !== null)) return [];
  const found: MergeArea[] = [];
  const inFound = (a: MergeArea) => found.some((m) => m.top <= a.top && a.bottom <= m.bottom && m.left <= a.left && a.right <= m.right);
  const explore = (part: MergeArea, known?: boolean | null) => {
    if (inFound(part)) return;
    const merged = known !== undefined ? known : rangeOf(sheet, part).MergeCells;
    if (merged === false) return;
    if (height(part) === 1 && width(part) === 1) {
      const address = member(sheet.Range(a1(part.top, part.left)).MergeArea, 'Address');
      const m = typeof address === 'string' ? areaOfA1(address) : null;
      if (m && (height(m) > 1 || width(m) > 1)) found.push(m);
      return;
    }
    for (const half of halves(part)) explore(half);
  };
  explore(area, whole as boolean | null);
  return found;
}
