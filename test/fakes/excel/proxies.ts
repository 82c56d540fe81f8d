/**
 * The workbook-level Excel API objects (Workbook, Application, WorksheetCollection, Worksheet, WorksheetProtection,
 * PageLayout) with Office.js's names and shapes (see Excel.* in @types/office-js). Lookups and writes are checked when the
 * sync applies them, as Excel does; only API-set checks and PropertyNotLoaded throw at the call itself, as
 * Office.js does on the client.
 */
import { ClientObjectFake, CollectionFake, type FakeRequestContext, type Locator, type Readers } from './client-object';
import { FakeNotImplementedError, FakeOfficeError, invalidArgument } from './errors';
import { checkedArea, RangeProxy, type Source } from './range-proxies';
import { type Area, type FakePageLayout, type FakePageZoom, FakeSheet, type FakeWorkbook, MAX_COLUMNS, MAX_ROWS, parseAreaAddress } from './workbook-model';

export class WorkbookProxy extends ClientObjectFake<FakeWorkbook> {
  constructor(context: FakeRequestContext) {
    super(context, 'Workbook', (tx) => tx.model);
  }

  protected readers(): Readers<FakeWorkbook> {
    return {};
  }

  protected override navigation() {
    return { worksheets: () => this.worksheets, application: () => this.application };
  }

  get worksheets(): WorksheetCollectionProxy {
    return this.child('worksheets', () => new WorksheetCollectionProxy(this.context));
  }

  get application(): ApplicationProxy {
    return this.child('application', () => new ApplicationProxy(this.context));
  }

  /** The selection on the active sheet, as it is when the sync reaches this call. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, (tx) => ({ sheet: tx.model.activeSheet, area: { ...tx.model.activeSheet.selection } }));
  }

  getActiveCell(): RangeProxy {
    this.requireApi('getActiveCell', '1.7');
    return new RangeProxy(this.context, (tx) => {
      const { row, col } = tx.model.activeSheet.activeCell;
      return { sheet: tx.model.activeSheet, area: { top: row, left: col, bottom: row, right: col } };
    });
  }
}

class ApplicationProxy extends ClientObjectFake<FakeWorkbook> {
  constructor(context: FakeRequestContext) {
    super(context, 'Application', (tx) => tx.model);
  }

  protected readers(): Readers<FakeWorkbook> {
    return {};
  }

  /** The fake does not calculate, so this is a queued no-op — but only on hosts with ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.requireApi('suspendApiCalculationUntilNextSync', '1.6');
    this.context.enqueue({ writes: false, run: () => undefined });
  }
}

export class WorksheetCollectionProxy extends CollectionFake<FakeWorkbook, WorksheetProxy> {
  constructor(context: FakeRequestContext) {
    super(context, 'WorksheetCollection', (tx) => tx.model);
  }

  protected itemsOf(model: FakeWorkbook): WorksheetProxy[] {
    return model.sheets.map((sheet) => new WorksheetProxy(this.context, { pinned: sheet }));
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, (tx) => {
      const sheet = tx.model.sheet(key);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', undefined, 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this.requireApi('getItemOrNullObject', '1.4');
    return new WorksheetProxy(this.context, (tx) => tx.model.sheet(key) ?? null);
  }

  /** Bound to the sheet active when the sync reaches it, even if another is activated later. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, (tx) => tx.model.activeSheet);
  }

  /** A new sheet at the end, not activated (Excel's add does neither more nor less). */
  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(this.context, (tx) => addSheet(tx.model, name), { instantiationWrites: true });
  }
}

function addSheet(model: FakeWorkbook, wanted: string | undefined): FakeSheet {
  const name = wanted ?? defaultSheetName(model);
  if (!isValidSheetName(name)) throw invalidArgument(undefined, 'WorksheetCollection.add');
  if (model.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', undefined, 'WorksheetCollection.add');
  const sheet = new FakeSheet(name);
  model.sheets.push(sheet);
  return sheet;
}

/** Like Excel's 'SheetN': the first free number from the sheet count up. */
function defaultSheetName(model: FakeWorkbook): string {
  let n = model.sheets.length + 1;
  while (model.sheet(`Sheet${n}`)) n++;
  return `Sheet${n}`;
}

/** Excel's rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not 'History'. */
function isValidSheetName(name: unknown): name is string {
  return typeof name === 'string' && name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== 'history';
}

export class WorksheetProxy extends ClientObjectFake<FakeSheet> {
  constructor(context: FakeRequestContext, source: Source<FakeSheet>, options?: { instantiationWrites?: boolean }) {
    super(context, 'Worksheet', source, options);
  }

  protected readers(): Readers<FakeSheet> {
    return { name: (sheet) => sheet.name, position: (sheet, tx) => tx.model.sheets.indexOf(sheet), showGridlines: (sheet) => sheet.showGridlines };
  }

  protected override navigation() {
    return { protection: () => this.protection, pageLayout: () => this.pageLayout };
  }

  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }

  get name(): string {
    return this.read('name');
  }

  get position(): number {
    return this.read('position');
  }

  get protection(): WorksheetProtectionProxy {
    return this.child('protection', () => new WorksheetProtectionProxy(this.context, (tx) => this.resolve(tx)));
  }

  /** ExcelApi 1.9: Office.js throws ApiNotFound on the property itself when the host lacks it. */
  get pageLayout(): PageLayoutProxy {
    this.requireApi('pageLayout', '1.9');
    return this.child('pageLayout', () => new PageLayoutProxy(this.context, (tx) => this.resolve(tx)));
  }

  /**
   * ExcelApi 1.8. A view setting, so a protected sheet allows it (Excel protects content, not display). Written
   * on an older host, the sync fails with ApiNotFound.
   */
  get showGridlines(): boolean {
    this.requireApi('showGridlines', '1.8');
    return this.read('showGridlines');
  }
  set showGridlines(input: boolean) {
    this.queueWrite(['showGridlines'], (sheet, tx) => {
      this.requireHostApi(tx, 'showGridlines', '1.8');
      if (typeof input !== 'boolean') throw invalidArgument(undefined, 'Worksheet.showGridlines');
      sheet.showGridlines = input;
    });
  }

  /** 'A1', 'B2:D5', 'A:C'; a prefix naming this same sheet is accepted; no address means the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.rangeOn((sheet) => (address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : areaOnSheet(sheet, address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    this.requireApi('getRangeByIndexes', '1.7');
    return this.rangeOn(() => checkedArea(startRow, startColumn, rowCount, columnCount, 'Worksheet.getRangeByIndexes'));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.rangeOn(() => checkedArea(row, column, 1, 1, 'Worksheet.getCell'));
  }

  /** The bounding box of used cells; on an empty sheet Excel returns A1 rather than failing. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.rangeOn((sheet) => sheet.usedArea(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  /** Like getUsedRange, but a null object for an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.requireApi('getUsedRangeOrNullObject', '1.4');
    return this.rangeOn((sheet) => sheet.usedArea(valuesOnly === true));
  }

  activate(): void {
    this.queueWrite([], (sheet, tx) => (tx.model.activeSheet = sheet));
  }

  /** Excel refuses to delete the last sheet; deleting the active one activates its neighbour. */
  delete(): void {
    this.queueWrite([], (sheet, tx) => {
      const sheets = tx.model.sheets;
      if (sheets.length === 1) throw new FakeOfficeError('InvalidOperation', undefined, 'Worksheet.delete');
      const index = sheets.indexOf(sheet);
      sheets.splice(index, 1);
      if (tx.model.activeSheet === sheet) tx.model.activeSheet = sheets[Math.min(index, sheets.length - 1)];
    });
  }

  private rangeOn(areaOf: (sheet: FakeSheet) => Area | null): RangeProxy {
    return new RangeProxy(this.context, (tx) => {
      const sheet = this.resolve(tx);
      const area = sheet && areaOf(sheet);
      return sheet && area ? { sheet, area } : null;
    });
  }
}

function areaOnSheet(sheet: FakeSheet, address: string, where = 'Worksheet.getRange'): Area {
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = address.slice(0, bang).replace(/^'(.*)'$/, (_, quoted: string) => quoted.replace(/''/g, "'"));
    if (prefix.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(undefined, where);
  }
  const area = parseAreaAddress(address.slice(bang + 1));
  if (!area) throw invalidArgument(undefined, where);
  return area;
}


/** WorksheetProtectionOptions as a sheet protected with Excel's default dialog has them (selecting cells allowed). */
const PROTECTION_DEFAULTS: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

class WorksheetProtectionProxy extends ClientObjectFake<FakeSheet> {
  constructor(context: FakeRequestContext, locate: Locator<FakeSheet>) {
    super(context, 'WorksheetProtection', locate);
  }

  protected readers(): Readers<FakeSheet> {
    return { protected: (sheet) => sheet.protected, options: (sheet) => ({ ...PROTECTION_DEFAULTS, allowFormatCells: sheet.allowFormatCells }) };
  }

  /** Only allowFormatCells is modelled; the other options read as Excel's defaults. */
  get options(): Excel.WorksheetProtectionOptions {
    return this.read('options');
  }

  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

// ---- Page layout (ExcelApi 1.9) ---------------------------------------------------------------------------------

const ORIENTATIONS = ['Portrait', 'Landscape'];
/** Excel.PaperType's names (note Excel's own spelling 'Quatro'). */
const PAPER_TYPES = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro',
  'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet',
  'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6',
  'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
];

/**
 * Worksheet.pageLayout: print settings, stored in `sheet.pageLayout`. Page setup is not sheet content, so a
 * protected sheet allows it. Margins, headers and footers, print area and title columns are not modelled.
 */
class PageLayoutProxy extends ClientObjectFake<FakeSheet> {
  constructor(context: FakeRequestContext, locate: Locator<FakeSheet>) {
    super(context, 'PageLayout', locate);
  }

  protected readers(): Readers<FakeSheet> {
    return {
      orientation: (sheet) => sheet.pageLayout.orientation,
      paperSize: (sheet) => sheet.pageLayout.paperSize,
      centerHorizontally: (sheet) => sheet.pageLayout.centerHorizontally,
      centerVertically: (sheet) => sheet.pageLayout.centerVertically,
      zoom: (sheet) => ({ ...sheet.pageLayout.zoom }),
    };
  }

  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(input: string) {
    this.setLayout('orientation', () => {
      if (!ORIENTATIONS.includes(input)) throw invalidArgument(undefined, 'PageLayout.orientation');
      return { orientation: input as FakePageLayout['orientation'] };
    });
  }

  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(input: string) {
    this.setLayout('paperSize', () => {
      if (!PAPER_TYPES.includes(input)) throw invalidArgument(undefined, 'PageLayout.paperSize');
      return { paperSize: input };
    });
  }

  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  set centerHorizontally(input: boolean) {
    this.setLayout('centerHorizontally', () => ({ centerHorizontally: checkedBoolean(input, 'PageLayout.centerHorizontally') }));
  }

  get centerVertically(): boolean {
    return this.read('centerVertically');
  }
  set centerVertically(input: boolean) {
    this.setLayout('centerVertically', () => ({ centerVertically: checkedBoolean(input, 'PageLayout.centerVertically') }));
  }

  get zoom(): FakePageZoom {
    return this.read('zoom');
  }
  /** Set whole, as Office.js requires (`zoom = {...}`): `{ scale }` (10–400) or pages to fit (whole numbers, 0 = automatic). */
  set zoom(input: FakePageZoom) {
    this.setLayout('zoom', () => ({ zoom: checkedZoom(input) }));
  }

  /** Whole rows ('$12:$12', '1:2', or with this sheet's name); anything else is an InvalidArgument at sync. */
  setPrintTitleRows(rows: string): void {
    if (typeof rows !== 'string') throw new FakeNotImplementedError('PageLayout.setPrintTitleRows with a Range');
    this.queueWrite([], (sheet) => {
      const area = areaOnSheet(sheet, rows, 'PageLayout.setPrintTitleRows');
      if (area.left !== 0 || area.right !== MAX_COLUMNS - 1) throw invalidArgument(undefined, 'PageLayout.setPrintTitleRows');
      sheet.pageLayout = { ...sheet.pageLayout, printTitleRows: `$${area.top + 1}:$${area.bottom + 1}` };
    });
  }

  /** The print title rows as a Range, or a null object when there are none. */
  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, (tx) => {
      const sheet = this.resolve(tx);
      const rows = sheet?.pageLayout.printTitleRows;
      const area = rows ? parseAreaAddress(rows) : null;
      return sheet && area ? { sheet, area } : null;
    });
  }

  /** The layout is immutable in the model (cheap snapshots): a write replaces it. */
  private setLayout(property: string, change: () => Partial<FakePageLayout>): void {
    this.queueWrite([property], (sheet) => {
      sheet.pageLayout = { ...sheet.pageLayout, ...change() };
    });
  }
}

function checkedBoolean(input: unknown, where: string): boolean {
  if (typeof input !== 'boolean') throw invalidArgument(undefined, where);
  return input;
}

/**
 * PageLayoutZoomOptions: a scale or pages to fit (null counts as absent, as the docs allow). Both at once, or
 * neither, is not modelled: what Excel keeps then is not documented.
 */
function checkedZoom(input: unknown): FakePageZoom {
  const where = 'PageLayout.zoom';
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalidArgument(undefined, where);
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  if (Object.keys(given).some((key) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(key))) throw invalidArgument(undefined, where);
  const { scale, horizontalFitToPages, verticalFitToPages } = given;
  const fit = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
  if ((scale !== undefined) === fit) throw new FakeNotImplementedError('PageLayout.zoom with both a scale and pages to fit, or with neither');
  if (scale !== undefined) {
    if (typeof scale !== 'number' || !(scale >= 10 && scale <= 400)) throw invalidArgument(undefined, where);
    return { scale };
  }
  const pages = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
  if (!pages(horizontalFitToPages) || !pages(verticalFitToPages)) throw invalidArgument(undefined, where);
  return {
    ...(horizontalFitToPages === undefined ? {} : { horizontalFitToPages: horizontalFitToPages as number }),
    ...(verticalFitToPages === undefined ? {} : { verticalFitToPages: verticalFitToPages as number }),
  };
}
