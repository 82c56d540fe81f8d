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
  private readonly masterOf = new Map<number, number>();

  constructor(private readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of sheet.merges) {
      // A merge larger than a screenful of rows is no form cell; skip it rather than fill millions of keys.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 100_000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.masterOf.set(this.key(r, c), this.key(m.top, m.left));
        }
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The cell as stored (a merged area's other cells are blank). */
  raw(row: number, col: number): GridCell | undefined {
    return this.sheet.rows[row]?.[col];
  }

  /** The cell as read: inside a merged area, its top-left cell. */
  cell(row: number, col: number): GridCell | undefined {
    const master = this.masterOf.get(this.key(row, col));
    if (master === undefined) return this.raw(row, col);
    return this.raw(Math.floor(master / 16384), master % 16384);
  }

  /** The top-left cell of the merged area covering (row, col); the cell itself when not merged. */
  master(row: number, col: number): { row: number; col: number } {
    const master = this.masterOf.get(this.key(row, col));
    return master === undefined ? { row, col } : { row: Math.floor(master / 16384), col: master % 16384 };
  }

  /** True when the cell is covered by a merge whose top-left is elsewhere. */
  isMergedAway(row: number, col: number): boolean {
    return this.masterOf.has(this.key(row, col));
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

export function isBlank(cell: GridCell | undefined): boolean {
  return cell == null || cell.value == null || (typeof cell.value === 'string' && cell.value.trim() === '');
}
