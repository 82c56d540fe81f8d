/**
 * The workbook-level Excel API objects (Workbook, Application, WorksheetCollection, Worksheet, WorksheetProtection)
 * with Office.js's names and shapes (see Excel.* in @types/office-js). Lookups and writes are checked when the
 * sync applies them, as Excel does; only API-set checks and PropertyNotLoaded throw at the call itself, as
 * Office.js does on the client.
 */
import { ClientObjectFake, CollectionFake, type FakeRequestContext, type Locator, type Readers } from './client-object';
import { FakeOfficeError, invalidArgument } from './errors';
import { checkedArea, RangeProxy, type Source } from './range-proxies';
import { type Area, FakeSheet, type FakeWorkbook, MAX_COLUMNS, MAX_ROWS, parseAreaAddress } from './workbook-model';

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
    return { name: (sheet) => sheet.name, position: (sheet, tx) => tx.model.sheets.indexOf(sheet) };
  }

  protected override navigation() {
    return { protection: () => this.protection };
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

function areaOnSheet(sheet: FakeSheet, address: string): Area {
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = address.slice(0, bang).replace(/^'(.*)'$/, (_, quoted: string) => quoted.replace(/''/g, "'"));
    if (prefix.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(undefined, 'Worksheet.getRange');
  }
  const area = parseAreaAddress(address.slice(bang + 1));
  if (!area) throw invalidArgument(undefined, 'Worksheet.getRange');
  return area;
}


class WorksheetProtectionProxy extends ClientObjectFake<FakeSheet> {
  constructor(context: FakeRequestContext, locate: Locator<FakeSheet>) {
    super(context, 'WorksheetProtection', locate);
  }

  protected readers(): Readers<FakeSheet> {
    return { protected: (sheet) => sheet.protected };
  }

  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }

  get protected(): boolean {
    return this.read('protected');
  }
}
