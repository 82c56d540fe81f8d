/**
 * A SpreadsheetHost over sheets held in memory (grids read from the fixture workbooks), for testing the pane
 * without a spreadsheet. It behaves like the real hosts where the pane relies on it: writes are all or
 * none and refused when a cell changed since the preview, fills are read back as they were, sheet names
 * must be free. It counts its calls, as a round trip each.
 */
import type { CellValue, GridCell, SheetGrid } from '../../src/core';
import { designToGrid, type SheetDesign } from '../../src/core/design';
import {
  type CellContent,
  type CellFill,
  type CellWrite,
  freeSheetName,
  HostError,
  type PaneSettings,
  type ReportCell,
  sameContent,
  type SpreadsheetHost,
} from '../../src/host/spreadsheet-host';
import { text } from '../../src/host/messages';

export class MemoryHost implements SpreadsheetHost {
  readonly kind = 'browser' as const;
  readonly calls: string[] = [];
  readonly fills = new Map<string, string | null>();
  selected: { sheet: string; row: number; col: number } | null = null;
  settings: Partial<PaneSettings> = {};
  /**
   * Protected sheets: as in Excel and WPS, a write to a locked cell of one is refused, naming the cells; cells
   * are locked unless listed in `unlockedCells` (`sheet!row,col`, 0-based). See docs/hosts.md, "Protected sheets".
   */
  protectedSheets = new Set<string>();
  unlockedCells = new Set<string>();

  constructor(
    public sheets: SheetGrid[],
    public active = sheets[0]?.name ?? '',
  ) {
    // Own copies: the tests compare against the fixtures they came from.
    this.sheets = sheets.map(copySheet);
  }

  private sheet(name: string): SheetGrid {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new HostError('missing-sheet', text('missingSheet', name));
    return s;
  }

  cell(sheet: string, row: number, col: number): GridCell | undefined {
    return this.sheet(sheet).rows[row]?.[col];
  }

  async readSheets(which: 'active' | 'all' | string[]) {
    this.calls.push('readSheets');
    const names = which === 'active' ? [this.active] : which === 'all' ? this.sheets.map((s) => s.name) : which;
    return names.map((n) => copySheet(this.sheet(n)));
  }

  async writeCells(cells: CellWrite[], expected: CellContent[]) {
    this.calls.push('writeCells');
    const before = cells.map((c) => contentOf(this.cell(c.sheet, c.row, c.col)));
    const changed = before.findIndex((now, i) => !sameContent(now, expected[i]));
    if (changed >= 0) throw new HostError('changed', text('changed', cells[changed]));
    const locked = cells.filter((c) => this.protectedSheets.has(c.sheet) && !this.unlockedCells.has(key(c)));
    if (locked.length) throw new HostError('protected', text('lockedCells', locked[0].sheet, locked.filter((c) => c.sheet === locked[0].sheet)));
    for (const c of cells) {
      const rows = this.sheet(c.sheet).rows as (GridCell | undefined)[][];
      rows[c.row] ??= [];
      const next: GridCell = { value: c.value as CellValue };
      if (c.formula) next.formula = c.formula;
      const fmt = c.numFmt ?? rows[c.row][c.col]?.numFmt;
      if (fmt && fmt !== 'General') next.numFmt = fmt;
      rows[c.row][c.col] = next.value === null && !next.formula && !next.numFmt ? undefined : next;
    }
    return before;
  }

  async setFills(fills: CellFill[]) {
    this.calls.push('setFills');
    const before = fills.map((f) => ({ ...f, color: this.fills.get(key(f)) ?? null }));
    for (const f of fills) this.fills.set(key(f), f.color);
    return before;
  }

  async select(cell: { sheet: string; row: number; col: number }) {
    this.calls.push('select');
    this.selected = cell;
    this.active = cell.sheet;
  }

  /** The cell last selected, as every host reports its active cell. */
  async activeCell() {
    return this.selected;
  }

  async addSheet(name: string, rows: ReportCell[][]) {
    this.calls.push('addSheet');
    const free = freeSheetName(name, this.sheets.map((s) => s.name));
    const grid = rows.map((row) => row.map((c) => ({ value: typeof c === 'object' ? c.text : c, ...(typeof c === 'object' ? { formula: `HYPERLINK("#'${c.link.sheet}'!${c.text}","${c.text}")` } : {}) })));
    this.sheets.push({ name: free, rows: grid, merges: [] });
    this.active = free;
    return free;
  }

  readonly designs: SheetDesign[] = [];

  async addDesign(design: SheetDesign) {
    this.calls.push('addDesign');
    const name = freeSheetName(design.name, this.sheets.map((s) => s.name));
    this.designs.push(design);
    this.sheets.push(designToGrid(design, name));
    this.active = name;
    return name;
  }

  async loadSettings() {
    return this.settings;
  }

  async saveSettings(settings: PaneSettings) {
    this.calls.push('saveSettings');
    this.settings = { ...settings };
  }
}

/** A sheet's own copy (cells are flat objects), so that what the pane reads never aliases what it writes. */
function copySheet(sheet: SheetGrid): SheetGrid {
  return { name: sheet.name, merges: sheet.merges.map((m) => ({ ...m })), rows: sheet.rows.map((r) => (r ? r.map((c) => (c ? { ...c } : c)) : r)) };
}

function contentOf(cell: GridCell | undefined): CellContent {
  const content: CellContent = { value: cell?.value ?? null };
  if (cell?.formula) content.formula = cell.formula;
  if (cell?.numFmt) content.numFmt = cell.numFmt;
  return content;
}

function key(c: { sheet: string; row: number; col: number }) {
  return `${c.sheet}!${c.row},${c.col}`;
}
