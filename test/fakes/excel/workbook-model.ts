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

/** One cell. Cells are immutable: every write stores a new object, which keeps snapshots cheap. */
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
}

export const BLANK_CELL: FakeCell = Object.freeze({ value: '', formula: '', numberFormat: 'General', fill: null, bold: false, hyperlink: null });

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

interface SheetState {
  name: string;
  protected: boolean;
  activeCell: { row: number; col: number };
  selection: Area;
  merges: Area[];
  cells: Map<string, FakeCell>;
}

export class FakeSheet {
  /** Protected with Excel's default options: every cell locked, so any write to a cell or its format is refused. */
  protected = false;
  activeCell = { row: 0, col: 0 };
  selection: Area = { top: 0, left: 0, bottom: 0, right: 0 };
  merges: Area[] = [];
  /** Non-blank cells only, keyed `row,col`; everything else reads as BLANK_CELL. */
  cells = new Map<string, FakeCell>();

  constructor(public name: string) {}

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
    for (const [key, cell] of this.cells) {
      const [row, col] = key.split(',').map(Number);
      if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) yield cell;
    }
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

  saveState(): SheetState {
    return { name: this.name, protected: this.protected, activeCell: { ...this.activeCell }, selection: { ...this.selection }, merges: [...this.merges], cells: new Map(this.cells) };
  }

  restoreState(state: SheetState): void {
    Object.assign(this, { ...state, merges: [...state.merges], cells: new Map(state.cells) });
  }
}

function hasContent(cell: FakeCell): boolean {
  return cell.value !== '' || isFormula(cell.formula);
}

function hasFormatting(cell: FakeCell): boolean {
  return cell.fill !== null || cell.numberFormat !== 'General' || cell.bold || cell.hyperlink !== null;
}

function sameCell(a: FakeCell, b: FakeCell): boolean {
  return a.value === b.value && a.formula === b.formula && a.numberFormat === b.numberFormat && a.fill === b.fill && a.bold === b.bold && a.hyperlink === b.hyperlink;
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
   * True (default): a failing sync undoes its earlier writes. False: like real Excel, the statements before the
   * failing one stay applied — use it to check that code does not rely on a sync being atomic.
   */
  atomicSyncs = true;
  /** Cell values one round trip may carry (read plus written) before Excel refuses it. */
  payloadCellLimit = 5_000_000;
  /** Called before each round trip is applied: simulate the user editing the sheet between two syncs. */
  beforeRoundTrip: ((roundTrip: number) => void) | null = null;
  /** `Office.context.document.settings` in this session, and what the last successful saveAsync stored (JSON). */
  settings = new Map<string, unknown>();
  savedSettings = new Map<string, string>();
  /** When set, saveAsync fails with this error (e.g. a read-only document). */
  settingsSaveError: SettingsSaveError | null = null;
  displayLanguage = 'zh-CN';

  constructor(public apiVersion: string) {}

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
