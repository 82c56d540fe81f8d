import { norm } from './text';

/**
 * What the engine sees of a worksheet: a grid of values. Hosts fill it (Excel, WPS, an .xlsx file) and the
 * engine never asks them anything else.
 */
export type CellValue = string | number | boolean | null;

export interface GridCell {
  /** The value shown (for a formula: its last result). */
  value: CellValue;
  /** The formula without its leading `=`, where the host knows it. */
  formula?: string;
  /** The number format (`0.00%`, `#,##0.00`), where the host knows it. */
  numFmt?: string;
}

/** A merged area, 0-based and inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c], 0-based; missing rows and cells are blank. */
  rows: ReadonlyArray<ReadonlyArray<GridCell | undefined> | undefined>;
  merges: readonly MergeArea[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/**
 * A sheet with merged areas resolved: every cell of a merged area reads as its top-left cell, which is how
 * a person reads a merged first-level cell spanning many indicator rows.
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** For each merged-away cell, its merge's top-left as key + 1 (0: not merged away); keys are row × 16384 + col. */
  private readonly masterOf: MasterIndex;

  constructor(private readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    this.masterOf = sheet.merges.length === 0 ? EMPTY_INDEX : new MasterIndex(sheet.merges, this.rowCount, cols);
  }

  /** The cell as stored (a merged area's other cells are blank). */
  raw(row: number, col: number): GridCell | undefined {
    return this.sheet.rows[row]?.[col];
  }

  /** The cell as read: inside a merged area, its top-left cell. */
  cell(row: number, col: number): GridCell | undefined {
    const master = this.masterOf.get(row, col);
    if (master < 0) return this.raw(row, col);
    return this.raw(Math.floor(master / 16384), master % 16384);
  }

  /** The top-left cell of the merged area covering (row, col); the cell itself when not merged. */
  master(row: number, col: number): { row: number; col: number } {
    const master = this.masterOf.get(row, col);
    return master < 0 ? { row, col } : { row: Math.floor(master / 16384), col: master % 16384 };
  }

  /** True when the cell is covered by a merge whose top-left is elsewhere. */
  isMergedAway(row: number, col: number): boolean {
    return this.masterOf.get(row, col) >= 0;
  }

  /** The displayed text of a cell: '' when blank. */
  text(row: number, col: number): string {
    const v = this.cell(row, col)?.value;
    return v == null ? '' : String(v).trim();
  }

  rowLength(row: number): number {
    return this.sheet.rows[row]?.length ?? 0;
  }
}

/**
 * Where each merged-away cell's value lives. A flat array over the used area is fastest for a form-sized
 * sheet; a sheet whose used area is huge falls back to a map of only the merged cells.
 */
class MasterIndex {
  private readonly flat: Int32Array | null;
  private readonly map: Map<number, number> | null;

  constructor(
    merges: readonly MergeArea[],
    private readonly rows: number,
    private readonly cols: number,
  ) {
    const dense = rows * cols <= 1_000_000;
    this.flat = dense ? new Int32Array(rows * cols) : null;
    this.map = dense ? null : new Map();
    for (const m of merges) {
      // A merge larger than a screenful of rows is no form cell; skip it rather than fill millions of keys.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 100_000) continue;
      const master = m.top * 16384 + m.left;
      for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) {
        for (let c = m.left; c <= Math.min(m.right, cols - 1); c++) {
          if (r === m.top && c === m.left) continue;
          if (this.flat) this.flat[r * cols + c] = master + 1;
          else this.map!.set(r * 16384 + c, master);
        }
      }
    }
  }

  /** The master's key, or -1 when the cell is not merged away. */
  get(row: number, col: number): number {
    if (row < 0 || col < 0 || row >= this.rows || col >= this.cols) return -1;
    if (this.flat) return this.flat[row * this.cols + col] - 1;
    return this.map!.get(row * 16384 + col) ?? -1;
  }
}

const EMPTY_INDEX = new MasterIndex([], 0, 0);

/** The normalised texts of a row joined, from `fromCol` on: for recognising titles and footers. */
export function rowText(view: SheetView, row: number, fromCol = 0): string {
  let text = '';
  const length = view.rowLength(row);
  for (let c = fromCol; c < length; c++) {
    const v = view.raw(row, c)?.value;
    if (typeof v === 'string') text += norm(v);
  }
  return text;
}

export function isBlank(cell: GridCell | undefined): boolean {
  return cell == null || cell.value == null || (typeof cell.value === 'string' && cell.value.trim() === '');
}
