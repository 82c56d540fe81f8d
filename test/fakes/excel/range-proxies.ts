/**
 * The range-level Excel API objects (Range, RangeFormat, RangeFill, RangeFont, RangeAreas, RangeCollection), with
 * Office.js's names and shapes. Cell writes are checked when the sync applies them: shape, protection, payload.
 */
import { ClientObjectFake, CollectionFake, type FakeRequestContext, type Locator, type Readers, type SyncTransaction } from './client-object';
import { FakeOfficeError, invalidArgument } from './errors';
import {
  type Area,
  areaSize,
  BLANK_CELL,
  type CellValue,
  displayText,
  type FakeCell,
  type FakeHyperlink,
  type FakeSheet,
  fullAddress,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  normaliseColour,
  writtenCell,
} from './workbook-model';

export interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

interface AreasTarget {
  sheet: FakeSheet;
  areas: Area[];
}

/** How an object finds its target: a locator run at sync time, or a target already known (collection items). */
export type Source<T> = Locator<T> | { pinned: T };

/** Index arguments as Excel checks them: whole numbers, at least one row and column, inside the grid. */
export function checkedArea(row: number, col: number, rows: number, cols: number, where: string): Area {
  const whole = [row, col, rows, cols].every(Number.isInteger);
  if (!whole || row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLUMNS) throw invalidArgument(undefined, where);
  return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
}

const CONTENT = ['values', 'formulas', 'text'];

export class RangeProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, source: Source<RangeTarget>) {
    super(context, 'Range', source);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      address: (t) => fullAddress(t.sheet, t.area),
      rowIndex: (t) => t.area.top,
      columnIndex: (t) => t.area.left,
      rowCount: (t) => areaSize(t.area).rows,
      columnCount: (t) => areaSize(t.area).columns,
      cellCount: (t) => areaSize(t.area).rows * areaSize(t.area).columns,
      values: (t, tx) => cellGrid(t, tx, (cell) => cell.value),
      formulas: (t, tx) => cellGrid(t, tx, (cell) => cell.formula),
      numberFormat: (t, tx) => cellGrid(t, tx, (cell) => cell.numberFormat),
      text: (t, tx) => cellGrid(t, tx, displayText),
      hyperlink: (t) => copyHyperlink(t.sheet.cell(t.area.top, t.area.left).hyperlink),
    };
  }

  protected override navigation() {
    return { format: () => this.format };
  }

  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get text(): string[][] {
    return this.read('text');
  }

  get values(): CellValue[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.writeContent('values', input);
  }

  get formulas(): CellValue[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown) {
    this.writeContent('formulas', input);
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  /** '' resets a cell to General; a null entry leaves it alone. */
  set numberFormat(input: unknown) {
    this.queueWrite(['numberFormat', 'text'], (t, tx) => {
      const grid = inputGrid(input, t.area, 'Range.numberFormat');
      assertEditable(t.sheet);
      tx.countCells(grid.length * grid[0].length);
      eachCell(t, grid, (cell, format) => {
        if (typeof format !== 'string') throw invalidArgument(undefined, 'Range.numberFormat');
        return { ...cell, numberFormat: format === '' ? 'General' : format };
      });
    });
  }

  get hyperlink(): FakeHyperlink | null {
    return this.read('hyperlink');
  }
  /** Applies to every cell; textToDisplay becomes the cell's text, and a blank cell shows the link itself. */
  set hyperlink(input: FakeHyperlink) {
    this.queueWrite(['hyperlink', ...CONTENT], (t) => {
      const link = checkedHyperlink(input);
      assertEditable(t.sheet);
      eachCell(t, null, (cell) => {
        const shown = link.textToDisplay ?? (cell.value === '' ? (link.address ?? link.documentReference ?? '') : undefined);
        return { ...cell, ...(shown === undefined ? {} : { value: shown, formula: shown }), hyperlink: link };
      });
    });
  }

  get format(): RangeFormatProxy {
    return this.child('format', () => new RangeFormatProxy(this.context, (tx) => this.resolve(tx)));
  }

  /** A cell relative to this range's top-left; like Excel, it may lie outside the range but not outside the sheet. */
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, (tx) => {
      const t = this.resolve(tx);
      return t && { sheet: t.sheet, area: checkedArea(t.area.top + row, t.area.left + column, 1, 1, 'Range.getCell') };
    });
  }

  /** ExcelApi 1.13. The merged areas touching this range, whole; a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.requireApi('getMergedAreasOrNullObject', '1.13');
    return new RangeAreasProxy(this.context, (tx) => {
      const t = this.resolve(tx);
      const areas = t ? t.sheet.merges.filter((m) => intersects(m, t.area)) : [];
      return t && areas.length ? { sheet: t.sheet, areas: areas.map((a) => ({ ...a })) } : null;
    });
  }

  /** Selects the range in the UI, activating its sheet; the active cell is its top-left cell. */
  select(): void {
    this.queueWrite([], (t, tx) => {
      tx.model.activeSheet = t.sheet;
      t.sheet.selection = { ...t.area };
      t.sheet.activeCell = { row: t.area.top, col: t.area.left };
    });
  }

  /** `values` and `formulas` are both written as if typed: '=…' makes a formula, numeric text a number. */
  private writeContent(property: 'values' | 'formulas', input: unknown): void {
    this.queueWrite(CONTENT, (t, tx) => {
      const grid = inputGrid(input, t.area, `Range.${property}`);
      assertEditable(t.sheet);
      tx.countCells(grid.length * grid[0].length);
      eachCell(t, grid, (cell, value) => writtenCell(cell, value as CellValue));
    });
  }
}

/** A 2-D property read: one entry per cell, all counted against the payload limit. */
function cellGrid<V>(t: RangeTarget, tx: SyncTransaction, pick: (cell: FakeCell) => V): V[][] {
  const { rows, columns } = areaSize(t.area);
  tx.countCells(rows * columns);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => pick(t.sheet.cell(t.area.top + r, t.area.left + c))));
}

/** Writes every cell of the range; a null in `grid` leaves that cell as it is (Excel's rule for 2-D input). */
function eachCell(t: RangeTarget, grid: (CellValue | null)[][] | null, update: (cell: FakeCell, input: CellValue | null) => FakeCell): void {
  const { rows, columns } = areaSize(t.area);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const input = grid ? grid[r][c] : null;
      if (grid && input === null) continue;
      const row = t.area.top + r;
      const col = t.area.left + c;
      t.sheet.setCell(row, col, update(t.sheet.cell(row, col), input));
    }
  }
}

/**
 * What Excel receives for a 2-D property. Office.js sends it as JSON at sync time, so undefined, NaN and
 * Infinity arrive as null ("leave this cell") and later mutations of the array still count. A single value
 * fills the whole range; otherwise the array must match the range exactly, and the whole property cannot be null.
 */
function inputGrid(input: unknown, area: Area, where: string): (CellValue | null)[][] {
  const { rows, columns } = areaSize(area);
  if (!Array.isArray(input)) {
    const value = jsonValue(input, where);
    if (value === null) throw invalidArgument(undefined, where);
    return Array.from({ length: rows }, () => Array<CellValue>(columns).fill(value));
  }
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
  if (!fits) throw invalidArgument("The number of rows or columns in the input array doesn't match the size or dimensions of the range.", where);
  return (input as unknown[][]).map((row) => row.map((value) => jsonValue(value, where)));
}

function jsonValue(value: unknown, where: string): CellValue | null {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toJSON();
  throw invalidArgument(undefined, where);
}

function assertEditable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied');
}

function checkedHyperlink(input: unknown): FakeHyperlink {
  const keys = ['address', 'documentReference', 'textToDisplay', 'screenTip'];
  const ok = input !== null && typeof input === 'object' && Object.entries(input).every(([k, v]) => keys.includes(k) && (v === undefined || typeof v === 'string'));
  if (!ok) throw invalidArgument(undefined, 'Range.hyperlink');
  return copyHyperlink(input as FakeHyperlink) as FakeHyperlink;
}

function copyHyperlink(link: FakeHyperlink | null): FakeHyperlink | null {
  return link && Object.fromEntries(Object.entries(link).filter(([, v]) => v !== undefined));
}

/** The value of a format property over a range: shared by every cell, or null when the cells differ (Excel's rule). */
function uniform<V>(t: RangeTarget, pick: (cell: FakeCell) => V): V | null {
  const seen = new Set<V>();
  let stored = 0;
  for (const cell of t.sheet.storedCellsIn(t.area)) {
    seen.add(pick(cell));
    stored++;
  }
  const { rows, columns } = areaSize(t.area);
  if (stored < rows * columns) seen.add(pick(BLANK_CELL));
  return seen.size === 1 ? [...seen][0] : null;
}

class RangeFormatProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'RangeFormat', locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {};
  }

  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }

  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  get fill(): RangeFillProxy {
    return this.child('fill', () => new RangeFillProxy(this.context, (tx) => this.resolve(tx)));
  }

  get font(): RangeFontProxy {
    return this.child('font', () => new RangeFontProxy(this.context, (tx) => this.resolve(tx)));
  }
}

class RangeFillProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'RangeFill', locate);
  }

  /** No fill reads as white ('#FFFFFF') in `color`; only `pattern` (ExcelApi 1.9) tells 'None' from 'Solid'. */
  protected readers(): Readers<RangeTarget> {
    return { color: (t) => uniform(t, (cell) => cell.fill ?? '#FFFFFF'), pattern: (t) => uniform(t, (cell) => (cell.fill ? 'Solid' : 'None')) };
  }

  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  get color(): string | null {
    return this.read('color');
  }
  /** '#RRGGBB', '#RGB' or an HTML colour name; null or anything else is an InvalidArgument (use clear()). */
  set color(input: string) {
    this.queueWrite(['color', 'pattern'], (t) => {
      const colour = normaliseColour(input);
      if (!colour) throw invalidArgument(undefined, 'RangeFill.color');
      this.setFill(t, colour);
    });
  }

  get pattern(): string | null {
    this.requireApi('pattern', '1.9');
    return this.read('pattern');
  }

  clear(): void {
    this.queueWrite(['color', 'pattern'], (t) => this.setFill(t, null));
  }

  private setFill(t: RangeTarget, fill: string | null): void {
    assertEditable(t.sheet);
    eachCell(t, null, (cell) => ({ ...cell, fill }));
  }
}

class RangeFontProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'RangeFont', locate);
  }

  protected readers(): Readers<RangeTarget> {
    return { bold: (t) => uniform(t, (cell) => cell.bold) };
  }

  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(input: boolean) {
    this.queueWrite(['bold'], (t) => {
      if (typeof input !== 'boolean') throw invalidArgument(undefined, 'RangeFont.bold');
      assertEditable(t.sheet);
      eachCell(t, null, (cell) => ({ ...cell, bold: input }));
    });
  }
}

// ---- RangeAreas (merged areas) ------------------------------------------------------------------------------

class RangeAreasProxy extends ClientObjectFake<AreasTarget> {
  constructor(context: FakeRequestContext, locate: Locator<AreasTarget>) {
    super(context, 'RangeAreas', locate);
  }

  /** `address` lists every area with its sheet, comma-separated ('Sheet1!A1:C1, Sheet1!A3:B4' in Excel's docs). */
  protected readers(): Readers<AreasTarget> {
    return {
      address: (t) => t.areas.map((a) => fullAddress(t.sheet, a)).join(', '),
      areaCount: (t) => t.areas.length,
      cellCount: (t) => t.areas.reduce((n, a) => n + areaSize(a).rows * areaSize(a).columns, 0),
    };
  }

  protected override navigation() {
    return { areas: () => this.areas };
  }

  protected override sheetOf(t: AreasTarget): FakeSheet {
    return t.sheet;
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }

  get areas(): RangeCollectionProxy {
    return this.child('areas', () => new RangeCollectionProxy(this.context, (tx) => this.resolve(tx)));
  }
}

class RangeCollectionProxy extends CollectionFake<AreasTarget, RangeProxy> {
  constructor(context: FakeRequestContext, locate: Locator<AreasTarget>) {
    super(context, 'RangeCollection', locate);
  }

  protected itemsOf(t: AreasTarget): RangeProxy[] {
    return t.areas.map((area) => new RangeProxy(this.context, { pinned: { sheet: t.sheet, area } }));
  }

  protected override sheetOf(t: AreasTarget): FakeSheet {
    return t.sheet;
  }
}
