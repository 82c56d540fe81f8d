/**
 * The range-level Excel API objects (Range, RangeFormat, RangeFill, RangeFont, RangeBorderCollection, RangeBorder,
 * RangeAreas, RangeCollection, DataValidation, and the ConditionalFormat family), with Office.js's names and
 * shapes. Cell writes are checked when the sync applies them: shape, protection, payload.
 */
import { ClientObjectFake, CollectionFake, type FakeRequestContext, jsonLength, type Locator, type Readers, type SyncTransaction } from './client-object';
import { FakeNotImplementedError, FakeOfficeError, invalidArgument } from './errors';
import {
  type Area,
  areaSize,
  BLANK_CELL,
  type CellValue,
  contains,
  DEFAULT_ERROR_ALERT,
  displayText,
  type FakeBasicValidation,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeErrorAlert,
  type FakeHyperlink,
  type FakeSheet,
  type FakeValidationRule,
  formatOf,
  fullAddress,
  hasContent,
  type HorizontalAlignment,
  intersection,
  intersects,
  subtractArea,
  isFormula,
  MAX_COLUMNS,
  MAX_ROWS,
  normaliseColour,
  type VerticalAlignment,
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
    return { format: () => this.format, dataValidation: () => this.dataValidation, conditionalFormats: () => this.conditionalFormats };
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
      assertFormattable(t.sheet);
      tx.countRequest(grid);
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
      assertContentEditable(t);
      eachCell(t, null, (cell) => {
        const shown = link.textToDisplay ?? (cell.value === '' ? (link.address ?? link.documentReference ?? '') : undefined);
        return { ...cell, ...(shown === undefined ? {} : { value: shown, formula: shown }), hyperlink: link };
      });
    });
  }

  get format(): RangeFormatProxy {
    return this.child('format', () => new RangeFormatProxy(this.context, (tx) => this.resolve(tx)));
  }

  /** ExcelApi 1.8: Office.js throws ApiNotFound on the property itself when the host lacks it. */
  get dataValidation(): DataValidationProxy {
    this.requireApi('dataValidation', '1.8');
    return this.child('dataValidation', () => new DataValidationProxy(this.context, (tx) => this.resolve(tx)));
  }

  /** ExcelApi 1.6. The conditional formats that intersect the range. */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.requireApi('conditionalFormats', '1.6');
    return this.child('conditionalFormats', () => new ConditionalFormatCollectionProxy(this.context, (tx) => this.resolve(tx)));
  }

  /**
   * ExcelApi 1.2. Merges the range into one area, or each of its rows into one when `across`. As Excel does,
   * the merged cell keeps the first non-blank content in reading order (moved to its top-left cell) and the other
   * cells lose theirs; their formats stay. A merged area inside the range is absorbed; one that lies only partly
   * inside is an InvalidOperation (Excel will not cut a merged area). A single cell (or, across, a one-column
   * range) merges into nothing.
   */
  merge(across?: boolean): void {
    this.requireApi('merge', '1.2');
    this.queueWrite(CONTENT, (t) => {
      assertEditable(t.sheet);
      const touched = t.sheet.merges.filter((m) => intersects(m, t.area));
      if (touched.some((m) => !contains(t.area, m))) throw new FakeOfficeError('InvalidOperation', undefined, 'Range.merge');
      const { rows } = areaSize(t.area);
      const pieces = across === true ? Array.from({ length: rows }, (_, r) => ({ ...t.area, top: t.area.top + r, bottom: t.area.top + r })) : [{ ...t.area }];
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
      for (const piece of pieces) {
        if (piece.left === piece.right && piece.top === piece.bottom) continue;
        keepFirstContent(t.sheet, piece);
        t.sheet.merges.push(piece);
      }
    });
  }

  /** ExcelApi 1.2. Splits every merged area the range touches, whole (Excel does not unmerge part of one). */
  unmerge(): void {
    this.requireApi('unmerge', '1.2');
    this.queueWrite([], (t) => {
      assertEditable(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
    });
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
      // The typings say only that the method fails over 512 areas; which error Excel gives is not documented.
      if (areas.length > tx.model.mergedAreaLimit) throw new FakeOfficeError('GeneralException', 'The merged areas count in this range is more than 512.', 'Range.getMergedAreasOrNullObject');
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
      assertContentEditable(t);
      tx.countRequest(grid);
      eachCell(t, grid, (cell, value) => writtenCell(cell, value as CellValue));
    });
  }
}

/** Merging: the first non-blank cell's content (reading order) goes to the top-left cell; the others are emptied. */
function keepFirstContent(sheet: FakeSheet, area: Area): void {
  const filled = [...sheet.storedEntriesIn(area)].filter((e) => hasContent(e.cell));
  if (filled.length === 0) return;
  const first = filled.reduce((a, b) => (b.row < a.row || (b.row === a.row && b.col < a.col) ? b : a));
  filled.forEach((e) => sheet.setCell(e.row, e.col, { ...e.cell, value: '', formula: '' }));
  sheet.setCell(area.top, area.left, { ...sheet.cell(area.top, area.left), value: first.cell.value, formula: first.cell.formula });
}

/**
 * A 2-D property read: one entry per cell. A range over the cell limit is refused (RangeExceedsLimit), and the
 * entries count towards the response's size (at least 3 bytes each, `"",`, checked before building them).
 */
function cellGrid<V>(t: RangeTarget, tx: SyncTransaction, pick: (cell: FakeCell) => V): V[][] {
  const { rows, columns } = areaSize(t.area);
  if (rows * columns > tx.model.rangeCellLimit) throw new FakeOfficeError('RangeExceedsLimit', undefined, 'Range');
  tx.countResponse(0);
  if (rows * columns * 3 > tx.model.payloadByteLimit) tx.countResponse(rows * columns * 3);
  const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => pick(t.sheet.cell(t.area.top + r, t.area.left + c))));
  tx.countResponse(jsonLength(grid));
  return grid;
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

/** Structure and objects (merges, validation, conditional formats): refused on any protected sheet. */
function assertEditable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied');
}

/** Content: refused on a protected sheet only where a cell of the range is locked (docs/hosts.md, "Protected sheets"). */
function assertContentEditable(t: RangeTarget): void {
  if (!t.sheet.protected) return;
  for (let r = t.area.top; r <= t.area.bottom; r++) for (let c = t.area.left; c <= t.area.right; c++) if (t.sheet.locked(r, c)) throw new FakeOfficeError('AccessDenied');
}

/** Formats: refused on a protected sheet unless its protection allows formatting cells. */
function assertFormattable(sheet: FakeSheet): void {
  if (sheet.protected && !sheet.allowFormatCells) throw new FakeOfficeError('AccessDenied');
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

/** The value of a row or column size over a span: shared by all, or null when they differ (Excel's rule). */
function uniformSize(sizes: Map<number, number>, from: number, to: number, fallback: number): number | null {
  const seen = new Set<number>();
  let stored = 0;
  for (const [index, size] of sizes) {
    if (index < from || index > to) continue;
    seen.add(size);
    stored++;
  }
  if (stored < to - from + 1) seen.add(fallback);
  return seen.size === 1 ? [...seen][0] : null;
}

/** A format write to every cell of the range; refused on a protected sheet unless it allows formatting. */
function formatCells(t: RangeTarget, update: (cell: FakeCell) => FakeCell): void {
  assertFormattable(t.sheet);
  eachCell(t, null, update);
}

const HORIZONTAL_ALIGNMENTS: readonly HorizontalAlignment[] = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL_ALIGNMENTS: readonly VerticalAlignment[] = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

class RangeFormatProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'RangeFormat', locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      columnWidth: (t) => uniformSize(t.sheet.columnWidths, t.area.left, t.area.right, t.sheet.defaultColumnWidth),
      rowHeight: (t) => uniformSize(t.sheet.rowHeights, t.area.top, t.area.bottom, t.sheet.defaultRowHeight),
      wrapText: (t) => uniform(t, (cell) => formatOf(cell, 'wrapText')),
      horizontalAlignment: (t) => uniform(t, (cell) => formatOf(cell, 'horizontalAlignment')),
      verticalAlignment: (t) => uniform(t, (cell) => formatOf(cell, 'verticalAlignment')),
    };
  }

  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders, protection: () => this.protection };
  }

  /** ExcelApi 1.2: whether the cells are locked (null when they differ). */
  get protection(): FormatProtectionProxy {
    return this.child('protection', () => new FormatProtectionProxy(this.context, (tx) => this.resolve(tx)));
  }

  get fill(): RangeFillProxy {
    return this.child('fill', () => new RangeFillProxy(this.context, (tx) => this.resolve(tx)));
  }

  get font(): RangeFontProxy {
    return this.child('font', () => new RangeFontProxy(this.context, (tx) => this.resolve(tx)));
  }

  get borders(): RangeBorderCollectionProxy {
    return this.child('borders', () => new RangeBorderCollectionProxy(this.context, (tx) => this.resolve(tx)));
  }

  /**
   * ExcelApi 1.2, in points: the width of the range's columns, null when they differ. Setting it sets every column
   * the range spans (whole columns, as in Excel). The fake stores the number as given; Excel snaps widths to its
   * pixel grid, so 100 may read back as 99.75 there.
   */
  get columnWidth(): number | null {
    this.requireApi('columnWidth', '1.2');
    return this.read('columnWidth');
  }
  set columnWidth(input: number) {
    this.queueWrite(['columnWidth'], (t, tx) => {
      this.requireHostApi(tx, 'columnWidth', '1.2');
      if (typeof input !== 'number' || !Number.isFinite(input) || input < 0) throw invalidArgument(undefined, 'RangeFormat.columnWidth');
      assertEditable(t.sheet);
      for (let col = t.area.left; col <= t.area.right; col++) t.sheet.columnWidths.set(col, input);
    });
  }

  /** ExcelApi 1.2, in points (0 to 409): the height of the range's rows, null when they differ; set for whole rows. */
  get rowHeight(): number | null {
    this.requireApi('rowHeight', '1.2');
    return this.read('rowHeight');
  }
  set rowHeight(input: number) {
    this.queueWrite(['rowHeight'], (t, tx) => {
      this.requireHostApi(tx, 'rowHeight', '1.2');
      if (typeof input !== 'number' || !Number.isFinite(input) || input < 0 || input > MAX_ROW_HEIGHT) throw invalidArgument(undefined, 'RangeFormat.rowHeight');
      assertEditable(t.sheet);
      for (let row = t.area.top; row <= t.area.bottom; row++) t.sheet.rowHeights.set(row, input);
    });
  }

  get wrapText(): boolean | null {
    return this.read('wrapText');
  }
  set wrapText(input: boolean) {
    this.queueWrite(['wrapText'], (t) => {
      if (typeof input !== 'boolean') throw invalidArgument(undefined, 'RangeFormat.wrapText');
      formatCells(t, (cell) => ({ ...cell, wrapText: input }));
    });
  }

  get horizontalAlignment(): HorizontalAlignment | null {
    return this.read('horizontalAlignment');
  }
  /** One of Excel.HorizontalAlignment's names ('Center'); anything else is an InvalidArgument. */
  set horizontalAlignment(input: HorizontalAlignment) {
    this.queueWrite(['horizontalAlignment'], (t) => {
      if (!HORIZONTAL_ALIGNMENTS.includes(input)) throw invalidArgument(undefined, 'RangeFormat.horizontalAlignment');
      formatCells(t, (cell) => ({ ...cell, horizontalAlignment: input }));
    });
  }

  get verticalAlignment(): VerticalAlignment | null {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(input: VerticalAlignment) {
    this.queueWrite(['verticalAlignment'], (t) => {
      if (!VERTICAL_ALIGNMENTS.includes(input)) throw invalidArgument(undefined, 'RangeFormat.verticalAlignment');
      formatCells(t, (cell) => ({ ...cell, verticalAlignment: input }));
    });
  }
}

/**
 * Range.format.protection: `locked` reads true, false, or null over a range with both (Office.js typings,
 * FormatProtection.locked). Setting it is itself a format change, so a protected sheet refuses it.
 */
class FormatProtectionProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'FormatProtection', locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      locked: (t) => {
        const seen = new Set<boolean>();
        for (let r = t.area.top; r <= t.area.bottom && seen.size < 2; r++) for (let c = t.area.left; c <= t.area.right && seen.size < 2; c++) seen.add(t.sheet.locked(r, c));
        return seen.size === 1 ? [...seen][0] : null;
      },
    };
  }

  get locked(): boolean | null {
    return this.read('locked');
  }
  set locked(input: boolean) {
    this.queueWrite(['locked'], (t) => {
      if (typeof input !== 'boolean') throw invalidArgument(undefined, 'FormatProtection.locked');
      assertEditable(t.sheet);
      t.sheet.unlocked = t.sheet.unlocked.flatMap((a) => subtractArea(a, t.area));
      if (!input) t.sheet.unlocked.push({ ...t.area });
    });
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
    assertFormattable(t.sheet);
    eachCell(t, null, (cell) => ({ ...cell, fill }));
  }
}

class RangeFontProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'RangeFont', locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      bold: (t) => uniform(t, (cell) => cell.bold),
      size: (t) => uniform(t, (cell) => formatOf(cell, 'fontSize')),
      name: (t) => uniform(t, (cell) => formatOf(cell, 'fontName')),
    };
  }

  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(input: boolean) {
    this.queueWrite(['bold'], (t) => {
      if (typeof input !== 'boolean') throw invalidArgument(undefined, 'RangeFont.bold');
      assertFormattable(t.sheet);
      eachCell(t, null, (cell) => ({ ...cell, bold: input }));
    });
  }

  /** In points; Excel takes 1 to 409. */
  get size(): number | null {
    return this.read('size');
  }
  set size(input: number) {
    this.queueWrite(['size'], (t) => {
      if (typeof input !== 'number' || !Number.isFinite(input) || input < 1 || input > 409) throw invalidArgument(undefined, 'RangeFont.size');
      formatCells(t, (cell) => ({ ...cell, fontSize: input }));
    });
  }

  /** Any font name (Excel does not check that the font is installed); an empty name is an InvalidArgument. */
  get name(): string | null {
    return this.read('name');
  }
  set name(input: string) {
    this.queueWrite(['name'], (t) => {
      if (typeof input !== 'string' || input.trim() === '') throw invalidArgument(undefined, 'RangeFont.name');
      formatCells(t, (cell) => ({ ...cell, fontName: input }));
    });
  }
}

// ---- Borders ------------------------------------------------------------------------------------------------

type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp';
const BORDER_INDEXES: readonly string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const LINE_STYLES: readonly string[] = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

interface BorderTarget extends RangeTarget {
  side: BorderIndex;
}

class RangeBorderCollectionProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'RangeBorderCollection', locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {};
  }

  /** One side of the range's borders; a name outside Excel.BorderIndex fails the sync with InvalidArgument. */
  getItem(index: BorderIndex): RangeBorderProxy {
    return new RangeBorderProxy(this.context, (tx) => {
      const t = this.resolve(tx);
      if (t && !BORDER_INDEXES.includes(index)) throw invalidArgument(undefined, 'RangeBorderCollection.getItem');
      return t && { ...t, side: index };
    });
  }
}

/**
 * One side of a range's borders. The model keeps only a per-cell `border` flag (see FakeCell.border), so only
 * `style` can be written, and only with a line (Continuous, Dash, …): 'None' would need to know which other edges
 * a cell still has, and diagonals are no edge. `color` and `weight` are not modelled.
 */
class RangeBorderProxy extends ClientObjectFake<BorderTarget> {
  constructor(context: FakeRequestContext, locate: Locator<BorderTarget>) {
    super(context, 'RangeBorder', locate);
  }

  protected readers(): Readers<BorderTarget> {
    return { sideIndex: (t) => t.side };
  }

  get sideIndex(): BorderIndex {
    return this.read('sideIndex');
  }

  get style(): string {
    throw new FakeNotImplementedError('reading RangeBorder.style (the model keeps only a per-cell border flag)');
  }
  set style(input: string) {
    if (input === 'None') throw new FakeNotImplementedError("RangeBorder.style = 'None' (the model keeps only a per-cell border flag)");
    this.queueWrite([], (t) => {
      if (!LINE_STYLES.includes(input)) throw invalidArgument(undefined, 'RangeBorder.style');
      if (t.side === 'DiagonalDown' || t.side === 'DiagonalUp') throw new FakeNotImplementedError(`RangeBorder ${t.side}`);
      assertFormattable(t.sheet);
      const area = borderedCells(t.area, t.side);
      if (area) eachCell({ sheet: t.sheet, area }, null, (cell) => ({ ...cell, border: true }));
    });
  }

  get color(): string {
    throw new FakeNotImplementedError('RangeBorder.color');
  }
  set color(_input: string) {
    throw new FakeNotImplementedError('RangeBorder.color');
  }

  get weight(): string {
    throw new FakeNotImplementedError('RangeBorder.weight');
  }
  set weight(_input: string) {
    throw new FakeNotImplementedError('RangeBorder.weight');
  }
}

/** The range's cells that one side's line touches; null when there is none (inside lines of a single row/column). */
function borderedCells(area: Area, side: BorderIndex): Area | null {
  switch (side) {
    case 'EdgeTop':
      return { ...area, bottom: area.top };
    case 'EdgeBottom':
      return { ...area, top: area.bottom };
    case 'EdgeLeft':
      return { ...area, right: area.left };
    case 'EdgeRight':
      return { ...area, left: area.right };
    case 'InsideHorizontal':
      return area.bottom > area.top ? area : null;
    case 'InsideVertical':
      return area.right > area.left ? area : null;
    default:
      return null;
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
}

// ---- Data validation (ExcelApi 1.8) ---------------------------------------------------------------------------

type BasicKind = 'decimal' | 'wholeNumber' | 'textLength';
const BASIC_KINDS: Record<BasicKind, string> = { decimal: 'Decimal', wholeNumber: 'WholeNumber', textLength: 'TextLength' };
const UNMODELLED_KINDS = ['list', 'date', 'time', 'custom'];
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];
const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof ClientObjectFake);
}

/** The keys of an object literal whose values JSON would send (undefined ones vanish; Office.js sends JSON). */
function sentKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/**
 * DataValidationRule as Excel checks it: exactly one criterion ("No more than one of these properties may be
 * present"), a known operator, and formula2 for Between / NotBetween (ignored, as Excel's docs say, for the binary
 * operators). Bounds are stored as Excel returns them: string formulas ('=0'). Only the basic criteria (decimal,
 * wholeNumber, textLength) are modelled.
 */
function checkedRule(input: unknown): FakeValidationRule {
  if (!isPlainObject(input)) throw invalidArgument(undefined, 'DataValidation.rule');
  const kinds = sentKeys(input).filter((key) => input[key] !== null);
  if (kinds.length !== 1) throw invalidArgument(undefined, 'DataValidation.rule');
  const [kind] = kinds;
  if (UNMODELLED_KINDS.includes(kind)) throw new FakeNotImplementedError(`DataValidation.rule with ${kind} criteria`);
  if (!(kind in BASIC_KINDS)) throw invalidArgument(undefined, 'DataValidation.rule');
  const criteria = input[kind];
  if (!isPlainObject(criteria) || typeof criteria.operator !== 'string' || !OPERATORS.includes(criteria.operator)) {
    throw invalidArgument(undefined, 'BasicDataValidation.operator');
  }
  const operator = criteria.operator;
  const formula1 = boundFormula(criteria.formula1, 'BasicDataValidation.formula1');
  const basic: FakeBasicValidation =
    operator === 'Between' || operator === 'NotBetween' ? { formula1, formula2: boundFormula(criteria.formula2, 'BasicDataValidation.formula2'), operator } : { formula1, operator };
  return { [kind]: basic } as FakeValidationRule;
}

/** A bound as Excel reads it back: a number or numeric text becomes '=n', a formula stays; other text is refused. */
function boundFormula(value: unknown, where: string): string {
  if (value instanceof ClientObjectFake) throw new FakeNotImplementedError('a Range as a data validation bound');
  if (typeof value === 'number' && Number.isFinite(value)) return `=${value}`;
  if (typeof value === 'string') {
    const text = value.trim();
    if (isFormula(text)) return text;
    if (NUMERIC_TEXT.test(text)) return `=${Number(text)}`;
  }
  throw invalidArgument(undefined, where);
}

/** DataValidationErrorAlert; the fields given replace those the cells have (the others stay). */
function checkedAlert(input: unknown, current: FakeErrorAlert): FakeErrorAlert {
  const where = 'DataValidation.errorAlert';
  if (!isPlainObject(input)) throw invalidArgument(undefined, where);
  const alert: Record<string, unknown> = { ...current };
  for (const key of sentKeys(input)) {
    const value = input[key];
    const ok =
      key === 'showAlert' ? typeof value === 'boolean' : key === 'style' ? typeof value === 'string' && ALERT_STYLES.includes(value) : (key === 'message' || key === 'title') && typeof value === 'string';
    if (!ok) throw invalidArgument(undefined, where);
    alert[key] = value;
  }
  return alert as unknown as FakeErrorAlert;
}

/** The distinct rules and alerts over a range's cells (cells without validation count as no rule, default alert). */
function validationOver(t: RangeTarget): { rules: (FakeValidationRule | null)[]; alerts: FakeErrorAlert[] } {
  const rules = new Map<string, FakeValidationRule | null>();
  const alerts = new Map<string, FakeErrorAlert>();
  const { rows, columns } = areaSize(t.area);
  let covered = 0;
  for (const dv of t.sheet.dataValidations) {
    const overlap = intersection(dv.area, t.area);
    if (!overlap) continue;
    covered += areaSize(overlap).rows * areaSize(overlap).columns;
    rules.set(JSON.stringify(dv.rule), dv.rule);
    alerts.set(JSON.stringify(dv.errorAlert), dv.errorAlert);
  }
  if (covered < rows * columns) {
    rules.set('null', null);
    alerts.set(JSON.stringify(DEFAULT_ERROR_ALERT), DEFAULT_ERROR_ALERT);
  }
  return { rules: [...rules.values()], alerts: [...alerts.values()] };
}

/** Excel.DataValidationType over a range: one type, 'None', 'MixedCriteria' (some cells only), or 'Inconsistent'. */
function validationType(t: RangeTarget): string {
  const { rules } = validationOver(t);
  const set = rules.filter((rule): rule is FakeValidationRule => rule !== null);
  if (set.length === 0) return 'None';
  if (set.length < rules.length) return 'MixedCriteria';
  if (set.length > 1) return 'Inconsistent';
  return BASIC_KINDS[Object.keys(set[0])[0] as BasicKind];
}

/**
 * Range.dataValidation. Writes change every cell of the range and leave the cells around it alone, as Excel keeps
 * validation per cell: `rule` and `errorAlert` are independent, so either may be set first. Not reproduced: Excel
 * has refused (InvalidArgument) a rule on a range whose cells carried different earlier validation
 * (OfficeDev/office-js#2594); clear() first to be safe there. `rule` and `errorAlert` read back only when every
 * cell of the range shares them; `prompt`, `ignoreBlanks` and `valid` are not modelled.
 */
class DataValidationProxy extends ClientObjectFake<RangeTarget> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'DataValidation', locate);
  }

  protected readers(): Readers<RangeTarget> {
    return {
      type: (t) => validationType(t),
      rule: (t) => {
        const { rules } = validationOver(t);
        if (rules.length !== 1 || rules[0] === null) throw new FakeNotImplementedError(`DataValidation.rule of a range of type ${validationType(t)}`);
        return JSON.parse(JSON.stringify(rules[0])) as FakeValidationRule;
      },
      errorAlert: (t) => {
        const { alerts } = validationOver(t);
        if (alerts.length !== 1) throw new FakeNotImplementedError('DataValidation.errorAlert of a range whose cells have different alerts');
        return { ...alerts[0] };
      },
    };
  }

  get type(): string {
    return this.read('type');
  }

  get rule(): FakeValidationRule {
    return this.read('rule');
  }
  set rule(input: FakeValidationRule | Excel.DataValidationRule) {
    this.queueWrite(['type', 'rule'], (t) => {
      const rule = checkedRule(input);
      assertEditable(t.sheet);
      t.sheet.updateValidation(t.area, (settings) => ({ ...settings, rule }));
    });
  }

  get errorAlert(): FakeErrorAlert {
    return this.read('errorAlert');
  }
  set errorAlert(input: Partial<FakeErrorAlert> | Excel.DataValidationErrorAlert) {
    this.queueWrite(['type', 'errorAlert'], (t) => {
      checkedAlert(input, DEFAULT_ERROR_ALERT); // refuse bad input even when no cell would take it
      assertEditable(t.sheet);
      t.sheet.updateValidation(t.area, (settings) => ({ ...settings, errorAlert: checkedAlert(input, settings.errorAlert) }));
    });
  }

  set prompt(_input: unknown) {
    throw new FakeNotImplementedError('DataValidation.prompt');
  }
  get prompt(): unknown {
    throw new FakeNotImplementedError('DataValidation.prompt');
  }

  set ignoreBlanks(_input: unknown) {
    throw new FakeNotImplementedError('DataValidation.ignoreBlanks');
  }
  get ignoreBlanks(): unknown {
    throw new FakeNotImplementedError('DataValidation.ignoreBlanks');
  }

  /** Removes validation from the range's cells only; a validated area around them keeps the rest (Excel's docs). */
  clear(): void {
    this.queueWrite(['type', 'rule', 'errorAlert'], (t) => {
      assertEditable(t.sheet);
      t.sheet.clearValidation(t.area);
    });
  }
}

// ---- Conditional formats (ExcelApi 1.6) -------------------------------------------------------------------------

const CONDITIONAL_FORMAT_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

interface FormatTarget {
  sheet: FakeSheet;
  id: string;
}

/** The model's conditional format behind a target; Excel no longer finds one that was deleted or cleared. */
function conditionalFormatOf(t: FormatTarget, where: string): FakeConditionalFormat {
  const cf = t.sheet.conditionalFormats.find((c) => c.id === t.id);
  if (!cf) throw new FakeOfficeError('ItemNotFound', undefined, where);
  return cf;
}

/** Conditional formats are immutable in the model (so snapshots stay cheap): a change replaces the entry. */
function updateConditionalFormat(t: FormatTarget, where: string, patch: Partial<Pick<FakeConditionalFormat, 'formula' | 'fill'>>): void {
  conditionalFormatOf(t, where);
  assertEditable(t.sheet);
  t.sheet.conditionalFormats = t.sheet.conditionalFormats.map((cf) => (cf.id === t.id ? { ...cf, ...patch } : cf));
}

/** Range.conditionalFormats: the formats intersecting the range. */
class ConditionalFormatCollectionProxy extends CollectionFake<RangeTarget, ConditionalFormatProxy> {
  constructor(context: FakeRequestContext, locate: Locator<RangeTarget>) {
    super(context, 'ConditionalFormatCollection', locate);
  }

  protected itemsOf(t: RangeTarget): ConditionalFormatProxy[] {
    return t.sheet.conditionalFormats.filter((cf) => intersects(cf.area, t.area)).map((cf) => new ConditionalFormatProxy(this.context, { pinned: { sheet: t.sheet, id: cf.id } }));
  }

  /**
   * A new format over the range, first in priority (Excel's add). Only 'Custom' is modelled; an unknown type fails
   * the sync with InvalidArgument, and a protected sheet refuses it (AccessDenied).
   */
  add(type: string): ConditionalFormatProxy {
    if (type !== 'Custom' && CONDITIONAL_FORMAT_TYPES.includes(type)) throw new FakeNotImplementedError(`ConditionalFormatCollection.add('${type}')`);
    return new ConditionalFormatProxy(
      this.context,
      (tx) => {
        const t = this.resolve(tx);
        if (t === null) return null;
        if (type !== 'Custom') throw invalidArgument(undefined, 'ConditionalFormatCollection.add');
        assertEditable(t.sheet);
        const cf: FakeConditionalFormat = { id: tx.model.newId(), type: 'Custom', area: { ...t.area }, formula: null, fill: null };
        t.sheet.conditionalFormats = [cf, ...t.sheet.conditionalFormats];
        return { sheet: t.sheet, id: cf.id };
      },
      { instantiationWrites: true },
    );
  }

  /**
   * Removes the formats active on the range. Those lying wholly inside it go; cutting one that only overlaps is
   * not modelled (its relative formula would have to be re-anchored).
   */
  clearAll(): void {
    this.queueWrite(['items'], (t) => {
      assertEditable(t.sheet);
      const touched = t.sheet.conditionalFormats.filter((cf) => intersects(cf.area, t.area));
      if (touched.some((cf) => !contains(t.area, cf.area))) throw new FakeNotImplementedError('ConditionalFormatCollection.clearAll on part of a conditional format');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !touched.includes(cf));
    });
  }
}

class ConditionalFormatProxy extends ClientObjectFake<FormatTarget> {
  constructor(context: FakeRequestContext, source: Locator<FormatTarget> | { pinned: FormatTarget }, options?: { instantiationWrites?: boolean }) {
    super(context, 'ConditionalFormat', source, options);
  }

  protected readers(): Readers<FormatTarget> {
    return {
      id: (t) => conditionalFormatOf(t, 'ConditionalFormat.id').id,
      type: (t) => conditionalFormatOf(t, 'ConditionalFormat.type').type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(conditionalFormatOf(t, 'ConditionalFormat.priority')),
    };
  }

  protected override navigation() {
    return { custom: () => this.custom };
  }

  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }

  get custom(): CustomConditionalFormatProxy {
    return this.child('custom', () => new CustomConditionalFormatProxy(this.context, (tx) => this.resolve(tx)));
  }

  delete(): void {
    this.queueWrite([], (t) => {
      conditionalFormatOf(t, 'ConditionalFormat.delete');
      assertEditable(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.id !== t.id);
    });
  }
}

class CustomConditionalFormatProxy extends ClientObjectFake<FormatTarget> {
  constructor(context: FakeRequestContext, locate: Locator<FormatTarget>) {
    super(context, 'CustomConditionalFormat', locate);
  }

  protected readers(): Readers<FormatTarget> {
    return {};
  }

  protected override navigation() {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): ConditionalFormatRuleProxy {
    return this.child('rule', () => new ConditionalFormatRuleProxy(this.context, (tx) => this.resolve(tx)));
  }

  get format(): ConditionalRangeFormatProxy {
    return this.child('format', () => new ConditionalRangeFormatProxy(this.context, (tx) => this.resolve(tx)));
  }
}

class ConditionalFormatRuleProxy extends ClientObjectFake<FormatTarget> {
  constructor(context: FakeRequestContext, locate: Locator<FormatTarget>) {
    super(context, 'ConditionalFormatRule', locate);
  }

  protected readers(): Readers<FormatTarget> {
    return { formula: (t) => conditionalFormatOf(t, 'ConditionalFormatRule.formula').formula };
  }

  get formula(): string | null {
    return this.read('formula');
  }
  /**
   * '=…', in A1 style, relative to the format's top-left cell. What Excel makes of text without the '=' is not
   * modelled.
   */
  set formula(input: string) {
    this.queueWrite(['formula'], (t) => {
      if (typeof input !== 'string' || input.trim() === '') throw invalidArgument(undefined, 'ConditionalFormatRule.formula');
      if (!isFormula(input)) throw new FakeNotImplementedError("a conditional format formula without a leading '='");
      updateConditionalFormat(t, 'ConditionalFormatRule.formula', { formula: input });
    });
  }
}

class ConditionalRangeFormatProxy extends ClientObjectFake<FormatTarget> {
  constructor(context: FakeRequestContext, locate: Locator<FormatTarget>) {
    super(context, 'ConditionalRangeFormat', locate);
  }

  protected readers(): Readers<FormatTarget> {
    return {};
  }

  protected override navigation() {
    return { fill: () => this.fill };
  }

  get fill(): ConditionalRangeFillProxy {
    return this.child('fill', () => new ConditionalRangeFillProxy(this.context, (tx) => this.resolve(tx)));
  }
}

class ConditionalRangeFillProxy extends ClientObjectFake<FormatTarget> {
  constructor(context: FakeRequestContext, locate: Locator<FormatTarget>) {
    super(context, 'ConditionalRangeFill', locate);
  }

  /** null while the format sets no fill. */
  protected readers(): Readers<FormatTarget> {
    return { color: (t) => conditionalFormatOf(t, 'ConditionalRangeFill.color').fill };
  }

  get color(): string | null {
    return this.read('color');
  }
  /** '#RRGGBB', '#RGB' or an HTML colour name, stored as '#RRGGBB'; anything else is an InvalidArgument. */
  set color(input: string) {
    this.queueWrite(['color'], (t) => {
      const fill = normaliseColour(input);
      if (!fill) throw invalidArgument(undefined, 'ConditionalRangeFill.color');
      updateConditionalFormat(t, 'ConditionalRangeFill.color', { fill });
    });
  }

  clear(): void {
    this.queueWrite(['color'], (t) => updateConditionalFormat(t, 'ConditionalRangeFill.clear', { fill: null }));
  }
}
