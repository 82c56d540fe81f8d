/**
 * The fake's JSA objects above the Range: Application, Workbook, Sheets, Worksheet, page setup and document
 * properties, with ET's member names (Capitalised), 1-based indexes and VBA semantics. They work on the model
 * directly; `fake-et.ts` wraps every one in a counting Proxy before the code under test sees it. Lowercase
 * members are the fake's own plumbing, not part of ET.
 */
import { EtObject, type FakeEtOptions } from './base';
import { type Area, FakeEtSheet, type FakeEtWorkbook, MAX_COLS, parseArea } from './model';
import { FakeCells, FakeRange } from './range';

export { EtObject, type FakeEtOptions } from './base';

export class FakeApplication extends EtObject {
  get ActiveWorkbook() {
    return new FakeWorkbook(this.book, this.options);
  }
  get Workbooks() {
    return { Count: 1 };
  }
  get ActiveSheet() {
    return new FakeWorksheet(this.book, this.book.activeSheet, this.options);
  }
  /** VBA's Application.ActiveCell: the active sheet's active cell, which Select moves (docs/hosts.md). */
  get ActiveCell() {
    const { row, col } = this.book.activeSheet.activeCell;
    return new FakeWorksheet(this.book, this.book.activeSheet, this.options).range({ top: row, left: col, bottom: row, right: col });
  }
  get ActiveWindow() {
    return new FakeWindow(this.book);
  }
  get DisplayAlerts() {
    return this.book.displayAlerts;
  }
  set DisplayAlerts(on: boolean) {
    this.book.displayAlerts = on;
  }
  constructor(
    book: FakeEtWorkbook,
    readonly options: FakeEtOptions,
  ) {
    super(book);
  }
}

export class FakeWindow extends EtObject {
  get DisplayGridlines() {
    return this.book.activeSheet.gridlines;
  }
  set DisplayGridlines(on: boolean) {
    this.book.activeSheet.gridlines = Boolean(on);
  }
}

export class FakeWorkbook extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly options: FakeEtOptions,
  ) {
    super(book);
  }
  get Sheets() {
    return new FakeSheets(this.book, this.options);
  }
  get Worksheets() {
    return new FakeSheets(this.book, this.options);
  }
  get ActiveSheet() {
    return new FakeWorksheet(this.book, this.book.activeSheet, this.options);
  }
  get CustomDocumentProperties() {
    return new FakeProperties(this.book);
  }
}

export class FakeSheets extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly options: FakeEtOptions,
  ) {
    super(book);
  }
  get Count() {
    return this.book.sheets.length;
  }
  Item(index: number | string) {
    const sheet = typeof index === 'number' ? this.book.sheets[index - 1] : this.book.sheet(String(index));
    if (!sheet || (typeof index === 'number' && (!Number.isInteger(index) || index < 1))) throw new Error('下标越界');
    return new FakeWorksheet(this.book, sheet, this.options);
  }
  /** Like ET: after `After`, else before `Before`, else before the active sheet; the new sheet becomes active. */
  Add(Before?: unknown, After?: unknown) {
    let n = this.book.sheets.length + 1;
    while (this.book.sheet(`Sheet${n}`)) n++;
    const sheet = new FakeEtSheet(`Sheet${n}`);
    const at = (x: unknown) => {
      if (!(x instanceof FakeWorksheet)) throw new Error('参数类型不匹配');
      return this.book.sheets.indexOf(x.sheet);
    };
    const index = After !== undefined && After !== null ? at(After) + 1 : Before !== undefined && Before !== null ? at(Before) : this.book.sheets.indexOf(this.book.activeSheet);
    this.book.sheets.splice(index, 0, sheet);
    this.book.activeSheet = sheet;
    return new FakeWorksheet(this.book, sheet, this.options);
  }
}

export class FakeWorksheet extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly sheet: FakeEtSheet,
    readonly options: FakeEtOptions,
  ) {
    super(book);
  }
  private alive(): FakeEtSheet {
    if (!this.book.sheets.includes(this.sheet)) throw new Error('对象已被删除');
    return this.sheet;
  }
  get Name() {
    return this.alive().name;
  }
  set Name(name: string) {
    const sheet = this.alive();
    if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`工作表名称无效：${name}`);
    const other = this.book.sheet(name);
    if (other && other !== sheet) throw new Error(`工作表名称“${name}”已被使用`);
    sheet.name = name;
  }
  get Index() {
    return this.book.sheets.indexOf(this.alive()) + 1;
  }
  get ProtectContents() {
    return this.alive().protected;
  }
  Protect() {
    this.alive().protected = true;
  }
  Unprotect() {
    this.alive().protected = false;
  }
  get UsedRange() {
    return this.range(this.alive().usedArea());
  }
  Range(address: string) {
    if (typeof address !== 'string') throw new Error('参数类型不匹配');
    return this.range(parseArea(address));
  }
  get Cells() {
    return new FakeCells(this.book, this.range({ top: 0, left: 0, bottom: 1048575, right: MAX_COLS - 1 }));
  }
  get PageSetup() {
    if (this.book.printerMissing) throw new Error('未安装打印机，无法访问页面设置');
    return new FakePageSetup(this.book, this.alive());
  }
  Activate() {
    this.book.activeSheet = this.alive();
  }
  Delete() {
    const sheet = this.alive();
    if (this.book.sheets.length === 1) throw new Error('工作簿中至少要有一个工作表');
    if (this.book.displayAlerts && sheet.hasContents()) this.book.prompts++;
    const index = this.book.sheets.indexOf(sheet);
    this.book.sheets.splice(index, 1);
    if (this.book.activeSheet === sheet) this.book.activeSheet = this.book.sheets[Math.max(0, index - 1)];
  }
  range(area: Area) {
    return new FakeRange(this.book, this.alive(), area, this.options);
  }
}

export class FakePageSetup extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly sheet: FakeEtSheet,
  ) {
    super(book);
    for (const name of Object.keys(sheet.pageSetup)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => sheet.pageSetup[name],
        set: (v: unknown) => {
          if (book.printerMissing) throw new Error('未安装打印机，无法更改页面设置');
          sheet.pageSetup[name] = v;
        },
      });
    }
  }
}

export class FakeProperties extends EtObject {
  get Count() {
    return this.book.properties.length;
  }
  /** By name or 1-based index; throws when there is none, as Office does. */
  Item(index: string | number) {
    const p = typeof index === 'number' ? this.book.properties[index - 1] : this.book.properties.find((x) => x.name.toLowerCase() === String(index).toLowerCase());
    if (!p) throw new Error('无效的过程调用或参数');
    return new FakeProperty(this.book, p);
  }
  Add(Name: string, LinkToContent: boolean, Type?: number, Value?: unknown) {
    if (LinkToContent) throw new Error('链接到内容的属性未模拟');
    if (this.book.properties.some((x) => x.name.toLowerCase() === String(Name).toLowerCase())) throw new Error('已存在同名的属性');
    if (Type === 4 && typeof Value === 'string' && Value.length > 255) throw new Error('属性值过长');
    this.book.beforeWrite('CustomDocumentProperties.Add');
    const p = { name: String(Name), type: Type ?? 4, value: Value };
    this.book.properties.push(p);
    return new FakeProperty(this.book, p);
  }
}

export class FakeProperty extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly property: { name: string; type: number; value: unknown },
  ) {
    super(book);
  }
  get Name() {
    return this.property.name;
  }
  get Type() {
    return this.property.type;
  }
  get Value() {
    return this.property.value;
  }
  set Value(value: unknown) {
    if (this.property.type === 4 && typeof value === 'string' && value.length > 255) throw new Error('属性值过长');
    this.book.beforeWrite('DocumentProperty.Value');
    this.property.value = value;
  }
  Delete() {
    this.book.properties = this.book.properties.filter((x) => x !== this.property);
  }
}
