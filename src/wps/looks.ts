/**
 * Number formats and merged areas of a used range through ET's documented members alone (`NumberFormat`,
 * `MergeCells`, `MergeArea`, `Address`), complete, and never a call per cell or per row.
 *
 * Both members answer for a whole range at once: `NumberFormat` is a string when every cell shares it and null
 * otherwise; `MergeCells` is false when no cell is merged, true when every cell is, null for a mix (VBA's
 * semantics, which ET follows; docs/hosts.md, "WPS"). So a range is asked whole, and a mixed answer splits it
 * in two, where the contents (already read in bulk, `Value2` and `Formula`) say the looks most likely change:
 *
 * - rows are split at a *band* edge: a band is a run of rows whose cells are alike (each column blank in all of
 *   them, or a number in all, text in all, a formula in all …); the edge nearest the middle is taken;
 * - inside one band, columns are split where the kind of content changes (nearest the middle), else halved;
 * - only a single column of a single band whose formats still differ is halved by rows (formats that change
 *   with no change of content: the one case that costs the logarithm of its height).
 *
 * A form's header, its body of indicator rows, however many, and its total row are a handful of bands, so a
 * form of 100 rows and one of 10,000 of the same shape cost the same calls. Formats are asked only of cells
 * holding something (a blank cell's format is never read back). A part of a range where every cell is merged
 * takes one `MergeArea` per merged area in it. Bound, precisely: a part is split only when its answer is mixed,
 * i.e. when a format change (between cells holding something) or the edge of a merged area lies in it, and each
 * split goes one level deeper, at most B + C + ⌈log2 H⌉ levels (B bands, C columns, H the tallest band). So
 * formats cost at most 1 + 2·F·(B + C + ⌈log2 H⌉) calls and merges 1 + 2·M·(B + C + ⌈log2 H⌉) + 2·M (F format
 * changes, M merged areas), each call being a `Range(...)` and one member; the ⌈log2 H⌉ is paid only where
 * formats or merges change with no change of content. Nothing here grows with the rows of a band.
 */
import { a1, areaOfA1, rangeA1 } from '../core/address';
import type { MergeArea } from '../core/grid';
import { type EtWorksheet, member } from './et-api';
import { isFormula } from '../host/typed-input';

export interface Looks {
  /** The number format of a cell, 0-based from the range's first cell; undefined for General. */
  formatAt(row: number, col: number): string | undefined;
  /** Merged areas, 0-based, absolute. */
  merges: MergeArea[];
}

const height = (a: MergeArea) => a.bottom - a.top + 1;
const width = (a: MergeArea) => a.right - a.left + 1;

/** What a cell holds, as far as its looks are likely to follow it: 0 blank, then number, text, boolean, other; +8 a formula. */
function kindOf(value: unknown, formula: unknown): number {
  const blank = (value === null || value === undefined || value === '') && !(typeof formula === 'string' && formula.startsWith('='));
  if (blank) return 0;
  const kind = typeof value === 'number' ? 1 : typeof value === 'string' ? 2 : typeof value === 'boolean' ? 3 : 4;
  return kind + (isFormula(value, formula) ? 8 : 0);
}

/**
 * The used range's contents as the splitting reads them: each cell's kind, the bands (runs of rows alike),
 * and how many cells hold something in any part (a prefix sum, so that an empty part is never asked).
 */
export class Contents {
  private readonly kinds: Uint8Array;
  private readonly filled: Int32Array;
  /** Rows (absolute) where a new band starts, ascending; the range's first row is not listed. */
  private readonly bandStarts: number[] = [];

  constructor(
    readonly area: MergeArea,
    values: unknown[][],
    formulas: unknown[][],
  ) {
    const h = height(area);
    const w = width(area);
    this.kinds = new Uint8Array(h * w);
    this.filled = new Int32Array((h + 1) * (w + 1));
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) {
        const kind = kindOf(values[r]?.[c], formulas[r]?.[c]);
        this.kinds[r * w + c] = kind;
        this.filled[(r + 1) * (w + 1) + c + 1] = (kind ? 1 : 0) + this.filled[r * (w + 1) + c + 1] + this.filled[(r + 1) * (w + 1) + c] - this.filled[r * (w + 1) + c];
      }
      if (r > 0 && !this.sameRow(r - 1, r)) this.bandStarts.push(area.top + r);
    }
  }

  private sameRow(a: number, b: number): boolean {
    const w = width(this.area);
    for (let c = 0; c < w; c++) if (this.kinds[a * w + c] !== this.kinds[b * w + c]) return false;
    return true;
  }

  /** The kind of an absolute cell. */
  kind(row: number, col: number): number {
    return this.kinds[(row - this.area.top) * width(this.area) + col - this.area.left];
  }

  /** How many cells of a part hold something. */
  count(p: MergeArea): number {
    const w = width(this.area) + 1;
    const [t, l, b, r] = [p.top - this.area.top, p.left - this.area.left, p.bottom - this.area.top + 1, p.right - this.area.left + 1];
    return this.filled[b * w + r] - this.filled[t * w + r] - this.filled[b * w + l] + this.filled[t * w + l];
  }

  /** The part cut down to the rows and columns that hold something; null when nothing does. */
  trimmed(p: MergeArea): MergeArea | null {
    if (this.count(p) === 0) return null;
    const t = { ...p };
    while (this.count({ ...t, bottom: t.top }) === 0) t.top++;
    while (this.count({ ...t, top: t.bottom }) === 0) t.bottom--;
    while (this.count({ ...t, right: t.left }) === 0) t.left++;
    while (this.count({ ...t, left: t.right }) === 0) t.right--;
    return t;
  }

  /**
   * Where to split a part whose looks are mixed: at the band edge nearest its middle; inside one band, at the
   * change of content kind between columns nearest the middle, else the middle column; a single column of one
   * band at its middle row. Returns the first row (or column) of the second half, or null for a single cell.
   */
  splitOf(p: MergeArea): { across: 'rows' | 'columns'; at: number } | null {
    const edge = nearest(this.bandStarts.filter((s) => s > p.top && s <= p.bottom), (p.top + p.bottom + 1) / 2);
    if (edge !== null) return { across: 'rows', at: edge };
    if (width(p) > 1) {
      const changes: number[] = [];
      for (let c = p.left + 1; c <= p.right; c++) if (this.kind(p.top, c) !== this.kind(p.top, c - 1)) changes.push(c);
      return { across: 'columns', at: nearest(changes, (p.left + p.right + 1) / 2) ?? p.left + Math.ceil(width(p) / 2) };
    }
    return height(p) > 1 ? { across: 'rows', at: p.top + Math.ceil(height(p) / 2) } : null;
  }
}

function nearest(points: number[], middle: number): number | null {
  let best: number | null = null;
  for (const p of points) if (best === null || Math.abs(p - middle) < Math.abs(best - middle)) best = p;
  return best;
}

function split(p: MergeArea, s: { across: 'rows' | 'columns'; at: number }): [MergeArea, MergeArea] {
  return s.across === 'rows'
    ? [
        { ...p, bottom: s.at - 1 },
        { ...p, top: s.at },
      ]
    : [
        { ...p, right: s.at - 1 },
        { ...p, left: s.at },
      ];
}

const rangeOf = (sheet: EtWorksheet, a: MergeArea) => sheet.Range(rangeA1(a.top, a.left, a.bottom, a.right));

/** Every non-blank cell's number format: the whole range when its filled cells share one, else split as above. */
export function documentedFormats(sheet: EtWorksheet, contents: Contents): Looks['formatAt'] {
  const area = contents.area;
  const formats = new Map<number, string>();
  let everywhere: string | null = null;
  const explore = (part: MergeArea, first = false) => {
    const filled = contents.trimmed(part);
    if (!filled) return;
    const format = rangeOf(sheet, filled).NumberFormat;
    if (typeof format === 'string') {
      if (first) everywhere = format;
      else for (let r = filled.top; r <= filled.bottom; r++) for (let c = filled.left; c <= filled.right; c++) formats.set(r * 16384 + c, format);
      return;
    }
    const s = contents.splitOf(filled);
    if (s) split(filled, s).forEach((half) => explore(half));
  };
  explore(area, true);
  const whole = everywhere as string | null;
  return whole !== null ? () => whole : (r, c) => formats.get((area.top + r) * 16384 + area.left + c);
}

/**
 * Every merged area touching the range: asked whole, split where some cells are merged; a part whose every
 * cell is merged gives its first cell's `MergeArea`, and the rest of the part is asked again.
 */
export function documentedMerges(sheet: EtWorksheet, contents: Contents): MergeArea[] {
  const found: MergeArea[] = [];
  const inFound = (a: MergeArea) => found.some((m) => m.top <= a.top && a.bottom <= m.bottom && m.left <= a.left && a.right <= m.right);
  const explore = (part: MergeArea) => {
    if (inFound(part)) return;
    const merged = rangeOf(sheet, part).MergeCells as unknown;
    if (merged === true) {
      const address = member(sheet.Range(a1(part.top, part.left)).MergeArea, 'Address');
      const m = typeof address === 'string' ? areaOfA1(address) : null;
      if (m && (height(m) > 1 || width(m) > 1) && m.top <= part.top && m.left <= part.left) {
        if (!found.some((f) => f.top === m.top && f.left === m.left)) found.push(m);
        // The rest of the part: to the right of the area (its rows), then below it (all columns).
        if (m.right < part.right) explore({ ...part, bottom: Math.min(m.bottom, part.bottom), left: m.right + 1 });
        if (m.bottom < part.bottom) explore({ ...part, top: m.bottom + 1 });
        return;
      }
    }
    // false: nothing merged here. Anything but true or null (a build answering otherwise) is taken as false.
    if (merged !== true && merged !== null) return;
    const s = contents.splitOf(part);
    if (s) split(part, s).forEach(explore);
  };
  explore(contents.area);
  return found;
}
