/**
 * The data behind the fake Excel: a workbook as Excel holds it, with no Office.js in sight. Tests build it
 * through `createFakeExcel` and then look at it directly (`model.sheet('表1')!.cellAt('H6').value`) to see what
 * the code under test really wrote. Addresses here are parsed independently of `src/` on purpose: a fake that
 * shares the code under test's helpers would share its bugs.
 */

export type CellValue = string | number | boolean;

/** What `Range.hyperlink` takes and returns. */
export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export type HorizontalAlignment = 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';

/**
 * One cell. Cells are immutable: every write stores a new object, which keeps snapshots cheap. The optional
 * format fields are absent until written; absent means Excel's default (CELL_DEFAULTS), so a cell written back to
 * the defaults is the same as a blank one (see `formatOf`).
 */
export interface FakeCell {
  /** What `Range.values` returns: '' for blank; a formula cell's last calculated (cached) value. */
  readonly value: CellValue;
  /** What `Range.formulas` returns: '=…' for a formula, else the value itself (Excel does the same). */
  readonly formula: CellValue;
  readonly numberFormat: string;
  /** '#RRGGBB', or null for no fill. */
  readonly fill: string | null;
  readonly bold: boolean;
  readonly hyperlink: FakeHyperlink | null;
  readonly wrapText?: boolean;
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly verticalAlignment?: VerticalAlignment;
  /** Font size in points. */
  readonly fontSize?: number;
  readonly fontName?: string;
  /**
   * A simplification: true when any edge of the cell got a border line through `format.borders` (which edge, and
   * its colour and weight, are not kept). EdgeTop marks the range's top row, EdgeLeft its left column, and so on;
   * InsideHorizontal / InsideVertical mark every cell when the range has more than one row / column.
   */
  readonly border?: boolean;
}

export const BLANK_CELL: FakeCell = Object.freeze({ value: '', formula: '', numberFormat: 'General', fill: null, bold: false, hyperlink: null });

/**
 * What an unformatted cell has in a new workbook: Calibri 11 (Excel's default 'Normal' style; a zh-CN install
 * uses 等线 instead), General / Bottom alignment, no wrapping, no border.
 */
export const CELL_DEFAULTS = Object.freeze({
  wrapText: false,
  horizontalAlignment: 'General' as HorizontalAlignment,
  verticalAlignment: 'Bottom' as VerticalAlignment,
  fontSize: 11,
  fontName: 'Calibri',
  border: false,
});

type OptionalFormat = keyof typeof CELL_DEFAULTS;
const OPTIONAL_FORMATS = Object.keys(CELL_DEFAULTS) as OptionalFormat[];

/** A cell's optional format field, with Excel's default when it was never written. */
export function formatOf<K extends OptionalFormat>(cell: FakeCell, key: K): (typeof CELL_DEFAULTS)[K] {
  return (cell[key] ?? CELL_DEFAULTS[key]) as (typeof CELL_DEFAULTS)[K];
}

/** The page setup of a sheet (`Worksheet.pageLayout`, ExcelApi 1.9), as far as the fake models it. */
export interface FakePageLayout {
  readonly orientation: 'Portrait' | 'Landscape';
  /** Excel.PaperType's names ('A4', 'Letter', …). */
  readonly paperSize: string;
  readonly centerHorizontally: boolean;
  readonly centerVertically: boolean;
  /** Either a percentage `{ scale }` or fit-to-pages `{ horizontalFitToPages, verticalFitToPages }`, as set. */
  readonly zoom: FakePageZoom;
  /** The rows repeated at the top of each printed page, as an absolute address ('$12:$12'), or null. */
  readonly printTitleRows: string | null;
}

export interface FakePageZoom {
  readonly scale?: number;
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
}

/** A new sheet's page setup in an en-US Excel (the default paper size follows the locale: A4 in zh-CN). */
export const DEFAULT_PAGE_LAYOUT: FakePageLayout = Object.freeze({
  orientation: 'Portrait',
  paperSize: 'Letter',
  centerHorizontally: false,
  centerVertically: false,
  zoom: Object.freeze({ scale: 100 }),
  printTitleRows: null,
});

/**
 * One criterion of a basic data validation rule, as Excel stores and returns it: the bounds are string formulas
 * ('=0', '=A1', '=SUM(A1:B5)') whatever was written (0 and '0' both read back as '=0').
 */
export interface FakeBasicValidation {
  readonly formula1: string;
  /** Only with Between / NotBetween. */
  readonly formula2?: string;
  readonly operator: string;
}

/** A data validation rule: exactly one of the criteria, as in Excel.DataValidationRule (only the basic kinds are modelled). */
export type FakeValidationRule = { readonly decimal: FakeBasicValidation } | { readonly wholeNumber: FakeBasicValidation } | { readonly textLength: FakeBasicValidation };

export interface FakeErrorAlert {
  readonly message: string;
  readonly showAlert: boolean;
  readonly style: 'Stop' | 'Warning' | 'Information';
  readonly title: string;
}

/** Excel's error alert for validation nobody customised: a Stop alert with Excel's generic text. */
export const DEFAULT_ERROR_ALERT: FakeErrorAlert = Object.freeze({ message: '', showAlert: true, style: 'Stop', title: '' });

/**
 * Data validation on a rectangle of cells. Excel keeps validation per cell; the fake keeps rectangles that never
 * overlap, splitting them when a write covers part of one. `rule` is null for cells that only have an error alert
 * set (Excel keeps those settings with a validation of type 'None').
 */
export interface FakeDataValidation {
  readonly area: Area;
  readonly rule: FakeValidationRule | null;
  readonly errorAlert: FakeErrorAlert;
}

/** A conditional format (only the 'Custom' kind: a formula and a fill). */
export interface FakeConditionalFormat {
  /** Excel's ConditionalFormat.id. */
  readonly id: string;
  readonly type: 'Custom';
  /** The range it applies to; relative references in `formula` are relative to its top-left cell. */
  readonly area: Area;
  /** '=…', or null until set. */
  readonly formula: string | null;
  /** '#RRGGBB', or null until set. */
  readonly fill: string | null;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (A…XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function isFormula(formula: CellValue): boolean {
  return typeof formula === 'string' && formula.length > 1 && formula.startsWith('=');
}

export function areaSize(area: Area): { rows: number; columns: number } {
  return { rows: area.bottom - area.top + 1, columns: area.right - area.left + 1 };
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && inner.bottom <= outer.bottom && outer.left <= inner.left && inner.right <= outer.right;
}

export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

/** The cells of `a` outside `b`, as at most four rectangles: the band above, the band below, then left and right. */
export function subtractArea(a: Area, b: Area): Area[] {
  const overlap = intersection(a, b);
  if (!overlap) return [a];
  const rest: Area[] = [];
  if (a.top < overlap.top) rest.push({ top: a.top, left: a.left, bottom: overlap.top - 1, right: a.right });
  if (overlap.bottom < a.bottom) rest.push({ top: overlap.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < overlap.left) rest.push({ top: overlap.top, left: a.left, bottom: overlap.bottom, right: overlap.left - 1 });
  if (overlap.right < a.right) rest.push({ top: overlap.top, left: overlap.right + 1, bottom: overlap.bottom, right: a.right });
  return rest;
}

interface SheetState {
  name: string;
  protected: boolean;
  unlocked: Area[];
  allowFormatCells: boolean;
  activeCell: { row: number; col: number };
  selection: Area;
  merges: Area[];
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  dataValidations: FakeDataValidation[];
  conditionalFormats: FakeConditionalFormat[];
  pageLayout: FakePageLayout;
  showGridlines: boolean;
}

export class FakeSheet {
  /**
   * Worksheet.protection.protected. While protected, a write to a locked cell's content is AccessDenied; cells
   * are locked unless they lie in `unlocked` (Excel's default: every cell locked). Formats, even of unlocked
   * cells, may be changed only if the protection allows formatting cells (off by default, as in Excel's dialog).
   * See docs/hosts.md, "Protected sheets".
   */
  protected = false;
  /** Cells whose format.protection.locked is false. */
  unlocked: Area[] = [];
  /** WorksheetProtectionOptions.allowFormatCells. */
  allowFormatCells = false;
  activeCell = { row: 0, col: 0 };
  selection: Area = { top: 0, left: 0, bottom: 0, right: 0 };
  /** Merged areas, never overlapping. */
  merges: Area[] = [];
  /** Non-blank cells only, keyed `row,col`; everything else reads as BLANK_CELL. */
  cells = new Map<string, FakeCell>();
  /** Column widths set through `format.columnWidth`, in points, by 0-based column; others are `defaultColumnWidth`. */
  columnWidths = new Map<number, number>();
  /** Row heights set through `format.rowHeight`, in points, by 0-based row; others are `defaultRowHeight`. */
  rowHeights = new Map<number, number>();
  /** Excel's standard width and height for Calibri 11, in points (8.43 characters = 64 px = 48 pt; 20 px = 15 pt). */
  defaultColumnWidth = 48;
  defaultRowHeight = 15;
  /** Data validation, in rectangles that never overlap (see FakeDataValidation). */
  dataValidations: FakeDataValidation[] = [];
  /** Conditional formats in priority order: Excel puts a new one first (priority 0). */
  conditionalFormats: FakeConditionalFormat[] = [];
  pageLayout: FakePageLayout = DEFAULT_PAGE_LAYOUT;
  showGridlines = true;

  constructor(public name: string) {}

  /** Whether a cell is locked (Range.format.protection.locked). */
  locked(row: number, col: number): boolean {
    return !this.unlocked.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  }

  cell(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? BLANK_CELL;
  }

  /** The cell at an A1 address, for tests: `sheet.cellAt('H6').value`. */
  cellAt(address: string): FakeCell {
    const area = parseAreaAddress(address);
    if (!area) throw new Error(`fake-excel: not an A1 address: ${address}`);
    return this.cell(area.top, area.left);
  }

  setCell(row: number, col: number, cell: FakeCell): void {
    const key = `${row},${col}`;
    if (sameCell(cell, BLANK_CELL)) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  /** Stored cells inside an area; blank cells are not visited, so huge areas (whole columns) stay cheap. */
  *storedCellsIn(area: Area): Generator<FakeCell> {
    for (const { cell } of this.storedEntriesIn(area)) yield cell;
  }

  /** Like storedCellsIn, with each cell's position. */
  *storedEntriesIn(area: Area): Generator<{ row: number; col: number; cell: FakeCell }> {
    for (const [key, cell] of this.cells) {
      const [row, col] = key.split(',').map(Number);
      if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) yield { row, col, cell };
    }
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? this.defaultColumnWidth;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? this.defaultRowHeight;
  }

  /** The data validation covering the cell at an A1 address, for tests; undefined when it has none. */
  dataValidationAt(address: string): FakeDataValidation | undefined {
    const area = parseAreaAddress(address);
    if (!area) throw new Error(`fake-excel: not an A1 address: ${address}`);
    const cell = { top: area.top, left: area.left, bottom: area.top, right: area.left };
    return this.dataValidations.find((dv) => contains(dv.area, cell));
  }

  /**
   * Changes the validation of every cell in `area` and leaves the cells around it as they were: entries that
   * cover part of the area are split, cells without validation start from { rule: null, default alert }. Entries
   * left with no rule and the default alert are dropped, as Excel then has nothing to keep.
   */
  updateValidation(area: Area, update: (settings: Omit<FakeDataValidation, 'area'>) => Omit<FakeDataValidation, 'area'>): void {
    const next: FakeDataValidation[] = [];
    let uncovered = [area];
    for (const dv of this.dataValidations) {
      const overlap = intersection(dv.area, area);
      if (!overlap) {
        next.push(dv);
        continue;
      }
      subtractArea(dv.area, overlap).forEach((rest) => next.push({ ...dv, area: rest }));
      next.push({ ...update({ rule: dv.rule, errorAlert: dv.errorAlert }), area: overlap });
      uncovered = uncovered.flatMap((u) => subtractArea(u, overlap));
    }
    uncovered.forEach((u) => next.push({ ...update({ rule: null, errorAlert: DEFAULT_ERROR_ALERT }), area: u }));
    this.dataValidations = next.filter((dv) => dv.rule !== null || !sameAlert(dv.errorAlert, DEFAULT_ERROR_ALERT));
  }

  /** Removes validation from the cells of `area` only (Excel's DataValidation.clear). */
  clearValidation(area: Area): void {
    this.dataValidations = this.dataValidations.flatMap((dv) => subtractArea(dv.area, area).map((rest) => ({ ...dv, area: rest })));
  }

  /**
   * The bounding box of used cells, or null when there are none. Excel counts formatting as use unless
   * `valuesOnly` (ExcelApi 1.2) says otherwise.
   */
  usedArea(valuesOnly: boolean): Area | null {
    let used: Area | null = null;
    for (const [key, cell] of this.cells) {
      if (!hasContent(cell) && (valuesOnly || !hasFormatting(cell))) continue;
      const [row, col] = key.split(',').map(Number);
      used = used
        ? { top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return used;
  }

  /** Everything a sync can change. Entries (cells, validations, formats, page layout) are immutable, so copying the containers is enough. */
  saveState(): SheetState {
    return copyState(this);
  }

  restoreState(state: SheetState): void {
    Object.assign(this, copyState(state));
  }

}

function sameAlert(a: FakeErrorAlert, b: FakeErrorAlert): boolean {
  return a.message === b.message && a.showAlert === b.showAlert && a.style === b.style && a.title === b.title;
}

export function hasContent(cell: FakeCell): boolean {
  return cell.value !== '' || isFormula(cell.formula);
}

/** Formatting counts as use of the cell; an optional field written back to its default does not. */
function hasFormatting(cell: FakeCell): boolean {
  return cell.fill !== null || cell.numberFormat !== 'General' || cell.bold || cell.hyperlink !== null || OPTIONAL_FORMATS.some((key) => formatOf(cell, key) !== CELL_DEFAULTS[key]);
}

function sameCell(a: FakeCell, b: FakeCell): boolean {
  return (
    a.value === b.value &&
    a.formula === b.formula &&
    a.numberFormat === b.numberFormat &&
    a.fill === b.fill &&
    a.bold === b.bold &&
    a.hyperlink === b.hyperlink &&
    OPTIONAL_FORMATS.every((key) => formatOf(a, key) === formatOf(b, key))
  );
}

export interface SettingsSaveError {
  name: string;
  message: string;
  code: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet!: FakeSheet;
  /** While true, every round trip fails with InvalidOperationInCellEditMode (the user is typing in a cell). */
  cellEditMode = false;
  /**
   * False (default): like real Excel, the statements of a failing sync before the failing one stay applied
   * (docs/hosts.md, "Batches"). True: a failing sync undoes its earlier writes, for a test that wants it.
   */
  atomicSyncs = false;
  /**
   * Excel's documented limits, on by default (docs/hosts.md, "Limits"): a request or a response of one round
   * trip over 5 MB (Excel on the web), a range read over five million cells, and getMergedAreasOrNullObject
   * over a range with more than 512 merged areas. Tests may lower them to reach them with small sheets.
   */
  payloadByteLimit = 5_000_000;
  rangeCellLimit = 5_000_000;
  mergedAreaLimit = 512;
  /**
   * When a number, that many more write statements succeed and the next one fails the sync (GeneralException),
   * the ones before it staying applied unless `atomicSyncs`; then writes succeed again. A batch failing part-way.
   */
  failWritesAfter: number | null = null;
  /** Called before each round trip is applied: simulate the user editing the sheet between two syncs. */
  beforeRoundTrip: ((roundTrip: number) => void) | null = null;
  /** `Office.context.document.settings` in this session, and what the last successful saveAsync stored (JSON). */
  settings = new Map<string, unknown>();
  savedSettings = new Map<string, string>();
  /** When set, saveAsync fails with this error (e.g. a read-only document). */
  settingsSaveError: SettingsSaveError | null = null;
  displayLanguage = 'zh-CN';
  private lastId = 0;

  constructor(public apiVersion: string) {}

  /** A fresh id for an object Excel identifies by id (conditional formats). */
  newId(): string {
    return String(++this.lastId);
  }

  /** Excel looks sheets up by name case-insensitively ('sheet1' finds 'Sheet1'). */
  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Whether the host implements ExcelApi `version` (what Office.context.requirements.isSetSupported answers). */
  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  /** Everything a round trip can change, and a function that puts it back (the fake's syncs are all-or-nothing). */
  snapshot(): () => void {
    const sheets = [...this.sheets];
    const states = sheets.map((s) => s.saveState());
    const active = this.activeSheet;
    return () => {
      this.sheets.splice(0, this.sheets.length, ...sheets);
      sheets.forEach((s, i) => s.restoreState(states[i]));
      this.activeSheet = active;
    };
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---- Addresses ----------------------------------------------------------------------------------------------

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export function columnLetters(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function parseCell(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  return row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS ? { row, col } : null;
}

/** 'A1', 'B2:D5', 'D5:B2' (Excel normalises the corners), whole columns 'A:C' and rows '1:3'; null otherwise. */
export function parseAreaAddress(text: string): Area | null {
  const parts = text.trim().split(':');
  if (parts.length === 1) {
    const cell = parseCell(parts[0]);
    return cell && { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts.map(parseCell);
  if (a && b) return normalise(a.row, a.col, b.row, b.col);
  const cols = parts.map((p) => /^\$?([A-Za-z]{1,3})$/.exec(p)?.[1]).map((l) => (l === undefined ? -1 : columnIndex(l)));
  if (cols.every((c) => c >= 0 && c < MAX_COLUMNS)) return normalise(0, cols[0], MAX_ROWS - 1, cols[1]);
  const rows = parts.map((p) => Number(/^\$?(\d{1,7})$/.exec(p)?.[1] ?? 0) - 1);
  if (rows.every((r) => r >= 0 && r < MAX_ROWS)) return normalise(rows[0], 0, rows[1], MAX_COLUMNS - 1);
  return null;
}

function normalise(r1: number, c1: number, r2: number, c2: number): Area {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** 'A1' for one cell, 'A1:C3', and Excel's 'A:C' / '1:3' for whole columns / rows. */
export function formatArea(area: Area): string {
  const wholeColumns = area.top === 0 && area.bottom === MAX_ROWS - 1;
  const wholeRows = area.left === 0 && area.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (wholeRows) return `${area.top + 1}:${area.bottom + 1}`;
  const first = `${columnLetters(area.left)}${area.top + 1}`;
  return area.top === area.bottom && area.left === area.right ? first : `${first}:${columnLetters(area.right)}${area.bottom + 1}`;
}

/**
 * A sheet name as Excel writes it in an address: bare when it is a plain identifier, otherwise in single quotes
 * with quotes doubled ('Sheet 1', '残疾人经费', '2019', and names that read as cell references like 'A1' or 'R1C1').
 */
export function sheetPrefix(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: FakeSheet, area: Area): string {
  return `${sheetPrefix(sheet.name)}!${formatArea(area)}`;
}

// ---- What Excel stores when a value is typed or written --------------------------------------------------------

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

/**
 * The cell after writing `input` through `values` or `formulas`. Excel treats both like typing: '=…' becomes a
 * formula, numeric text becomes a number ('001' → 1, '1,234' → 1234, '12.5%' → 0.125 formatted as a percent),
 * 'TRUE' a boolean, and a leading apostrophe forces text — except in a cell formatted as Text ('@'), which keeps
 * the string as typed. The fake does not calculate: a new formula reads 0 until the test sets a value, and a
 * formula replacing a formula keeps the old cached value.
 */
export function writtenCell(prev: FakeCell, input: CellValue): FakeCell {
  if (input === '') return { ...prev, value: '', formula: '' };
  if (typeof input !== 'string') return { ...prev, value: input, formula: input };
  if (prev.numberFormat === '@') return { ...prev, value: input, formula: input };
  if (isFormula(input)) return { ...prev, value: isFormula(prev.formula) ? prev.value : 0, formula: input };
  if (input.startsWith("'")) return { ...prev, value: input.slice(1), formula: input.slice(1) };
  const text = input.trim();
  if (NUMBER.test(text)) return constant(prev, Number(text));
  if (GROUPED.test(text)) return constant(prev, Number(text.replace(/,/g, '')), text.includes('.') ? '#,##0.00' : '#,##0');
  const percent = PERCENT.exec(text);
  if (percent) return constant(prev, Number(percent[1]) / 100, percent[1].includes('.') ? '0.00%' : '0%');
  if (/^(true|false)$/i.test(text)) return constant(prev, text.toLowerCase() === 'true');
  return { ...prev, value: input, formula: input };
}

/** A typed number; Excel gives a General cell the format the typing implied (1,234 → #,##0; 5% → 0%). */
function constant(prev: FakeCell, value: number | boolean, impliedFormat?: string): FakeCell {
  const numberFormat = impliedFormat && prev.numberFormat === 'General' ? impliedFormat : prev.numberFormat;
  return { ...prev, value, formula: value, numberFormat };
}

/**
 * `Range.text` for a cell, simply: booleans as TRUE/FALSE, numbers under '0', '0.00', '#,##0.00', '0%', '0.00%'
 * (and the like) as Excel shows them, any other number as String(value).
 */
export function displayText(cell: FakeCell): string {
  const { value, numberFormat } = cell;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const m = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(numberFormat);
  if (!m) return String(value);
  const fixed = (m[3] ? value * 100 : value).toFixed(m[2]?.length ?? 0);
  const grouped = m[1] ? fixed.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ',')) : fixed;
  return grouped + m[3];
}

const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
};

/** '#rgb', '#rrggbb' or an HTML colour name, as Excel stores it ('#RRGGBB'); null when Excel would refuse it. */
export function normaliseColour(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text.toUpperCase();
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((d) => d + d).join('')}`.toUpperCase();
  return NAMED_COLOURS[text] ?? null;
}

/** A sheet's state with containers of its own: the one list of what a sync can change. */
function copyState(s: SheetState): SheetState {
  return {
    name: s.name,
    protected: s.protected,
    unlocked: [...s.unlocked],
    allowFormatCells: s.allowFormatCells,
    activeCell: { ...s.activeCell },
    selection: { ...s.selection },
    merges: [...s.merges],
    cells: new Map(s.cells),
    columnWidths: new Map(s.columnWidths),
    rowHeights: new Map(s.rowHeights),
    dataValidations: [...s.dataValidations],
    conditionalFormats: [...s.conditionalFormats],
    pageLayout: s.pageLayout,
    showGridlines: s.showGridlines,
  };
}
