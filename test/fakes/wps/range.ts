/**
 * The fake's Range and what hangs off it (Cells, Rows/Columns, Interior, Font, Borders, Validation,
 * FormatConditions), with ET's member names and VBA semantics: bulk reads shaped by build, mixed values as
 * null, typed input parsed, protected sheets refusing writes.
 */
import { EtObject, type FakeEtOptions } from './base';
import {
  type Area,
  cellAddress,
  CELL_DEFAULTS,
  CVERR_CODES,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type FakeEtCell,
  type FakeEtSheet,
  type FakeEtWorkbook,
  type FakeFormatCondition as FormatConditionRecord,
  type FakeValidation,
  parseInput,
} from './model';
import { xmlSpreadsheet } from './xml';

/** What the fake says when a protected sheet refuses a change; WPS's own wording is not documented (assumed). */
const PROTECTED_ERROR = '不能更改受保护工作表中的单元格。请先撤销工作表保护。';

export class FakeCells extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly parent: FakeRange,
  ) {
    super(book);
  }
  Item(row: number, col: number) {
    const { top, left } = this.parent.area;
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) throw new Error('下标越界');
    return this.parent.sub({ top: top + row - 1, left: left + col - 1, bottom: top + row - 1, right: left + col - 1 });
  }
}

/** Rows / Columns of a range: a count, and each row or column as a range. */
export class FakeRangeList extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly parent: FakeRange,
    readonly byColumn: boolean,
  ) {
    super(book);
  }
  get Count() {
    const a = this.parent.area;
    return this.byColumn ? a.right - a.left + 1 : a.bottom - a.top + 1;
  }
  Item(i: number) {
    const a = this.parent.area;
    if (!Number.isInteger(i) || i < 1 || i > this.Count) throw new Error('下标越界');
    return this.parent.sub(this.byColumn ? { ...a, left: a.left + i - 1, right: a.left + i - 1 } : { ...a, top: a.top + i - 1, bottom: a.top + i - 1 });
  }
}

export class FakeRange extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly sheet: FakeEtSheet,
    readonly area: Area,
    readonly options: FakeEtOptions,
  ) {
    super(book);
  }
  sub(area: Area) {
    return new FakeRange(this.book, this.sheet, area, this.options);
  }
  get height() {
    return this.area.bottom - this.area.top + 1;
  }
  get width() {
    return this.area.right - this.area.left + 1;
  }
  /** Each cell's something, shaped as ET shapes a bulk read: scalar, 1-D (on '1d' builds) or 2-D. */
  private shaped(of: (cell: FakeEtCell | undefined) => unknown): unknown {
    const rows: unknown[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(of(this.sheet.cell(r, c)));
      rows.push(row);
    }
    if (this.height === 1 && this.width === 1) return rows[0][0];
    if (this.options.rowShape === '1d' && this.height === 1) return rows[0];
    if (this.options.rowShape === '1d' && this.width === 1) return rows.map((r) => r[0]);
    return rows;
  }
  /** The one value all cells share, or null (ET's answer for a mixed range). */
  private common<T>(of: (cell: FakeEtCell | undefined, row: number, col: number) => T): T | null {
    let first: T | undefined;
    let seen = false;
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      for (let c = this.area.left; c <= this.area.right; c++) {
        const v = of(this.sheet.cell(r, c), r, c);
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
    return first as T;
  }
  /** Content may change in unlocked cells of a protected sheet; formats (`format`) in none of its cells. */
  private forEachCell(write: (row: number, col: number) => void, what: string, kind: 'content' | 'format' = 'format') {
    if (this.sheet.protected && (kind === 'format' || this.anyLocked())) throw new Error(PROTECTED_ERROR);
    this.book.beforeWrite(what);
    for (let r = this.area.top; r <= this.area.bottom; r++) for (let c = this.area.left; c <= this.area.right; c++) write(r, c);
  }
  /** Writes typed input: a scalar to every cell, a 2-D array (or 1-D for one row) cell by cell. */
  private writeInput(input: unknown, what: string) {
    let grid: unknown[][] | null = null;
    if (Array.isArray(input)) {
      grid = Array.isArray(input[0]) ? (input as unknown[][]) : [input];
      // Stricter than ET (which pads with #N/A or drops the rest): a wrong shape is a bug in the adapter.
      if (grid.length !== this.height || grid.some((row) => !Array.isArray(row) || row.length !== this.width)) {
        throw new Error(`数组大小与区域 ${this.Address} 不一致`);
      }
    }
    const parsed = grid ? grid.map((row) => row.map(parseInput)) : null;
    const single = grid ? null : parseInput(input);
    this.forEachCell((r, c) => {
      const content = parsed ? parsed[r - this.area.top][c - this.area.left] : single!;
      this.sheet.patchCell(r, c, { value: content.value, formula: content.formula, error: content.error });
    }, what, 'content');
  }

  get Row() {
    return this.area.top + 1;
  }
  get Column() {
    return this.area.left + 1;
  }
  get Rows() {
    return new FakeRangeList(this.book, this, false);
  }
  get Columns() {
    return new FakeRangeList(this.book, this, true);
  }
  get Count() {
    return this.height * this.width;
  }
  get Cells() {
    return new FakeCells(this.book, this);
  }
  /** `$A$1:$C$3` as a property; builds where it is a method call `callAddress`. */
  get Address() {
    return this.callAddress();
  }
  callAddress(rowAbsolute = true, columnAbsolute = true) {
    const one = (row: number, col: number) => `${columnAbsolute ? '$' : ''}${cellAddress(0, col).replace(/\d+$/, '')}${rowAbsolute ? '$' : ''}${row + 1}`;
    const a = this.area;
    return a.top === a.bottom && a.left === a.right ? one(a.top, a.left) : `${one(a.top, a.left)}:${one(a.bottom, a.right)}`;
  }
  get Value2() {
    if (this.sheet.readFailure) throw new Error(this.sheet.readFailure);
    return this.shaped((cell) => {
      if (!cell || cell.value === null) return this.options.emptyValue;
      if (cell.error) return CVERR_CODES[String(cell.value)];
      return cell.value;
    });
  }
  set Value2(input: unknown) {
    this.writeInput(input, 'Value2');
  }
  Value(type?: number) {
    if (this.options.withXmlValue === 'absent') throw new TypeError('range.Value is not a function'); // a build without the method
    if (type === 11) {
      if (this.options.withXmlValue === 'throws') throw new Error('参数无效');
      if (this.options.withXmlValue) return xmlSpreadsheet(this.sheet, this.area);
    }
    return this.Value2;
  }
  get Formula() {
    return this.shaped((cell) => {
      if (!cell) return '';
      if (cell.formula) return cell.formula;
      if (cell.value === null) return '';
      if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
      return String(cell.value);
    });
  }
  set Formula(input: unknown) {
    this.writeInput(input, 'Formula');
  }
  /** What the cell shows; number formats are not applied (simplified). */
  get Text() {
    return this.common((cell) => (!cell || cell.value === null ? '' : typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value)));
  }
  /** The shared format, or null when the cells differ (VBA's Range.NumberFormat, which ET mirrors; docs/hosts.md, "WPS"). */
  get NumberFormat(): string | null {
    return this.common((cell) => cell?.numFmt ?? 'General');
  }
  set NumberFormat(format: unknown) {
    const grid = Array.isArray(format) ? (Array.isArray(format[0]) ? (format as unknown[][]) : [format]) : null;
    if (grid && (grid.length !== this.height || grid.some((row) => row.length !== this.width))) throw new Error(`数组大小与区域 ${this.Address} 不一致`);
    const at = (r: number, c: number) => String(grid ? grid[r - this.area.top][c - this.area.left] : format);
    this.forEachCell((r, c) => this.sheet.patchCell(r, c, { numFmt: at(r, c) }), 'NumberFormat');
  }
  private anyLocked(): boolean {
    for (let r = this.area.top; r <= this.area.bottom; r++) for (let c = this.area.left; c <= this.area.right; c++) if (this.sheet.locked(r, c)) return true;
    return false;
  }
  /** True, False, or null over a range with both (VBA's Range.Locked, which ET mirrors). */
  get Locked(): boolean | null {
    return this.common((_, r, c) => this.sheet.locked(r, c));
  }
  set Locked(on: boolean) {
    if (this.sheet.protected) throw new Error(PROTECTED_ERROR);
    const a = this.area;
    this.sheet.unlocked = this.sheet.unlocked.filter((u) => u.bottom < a.top || u.top > a.bottom || u.right < a.left || u.left > a.right);
    if (!on) this.sheet.unlocked.push({ ...a });
  }
  /** False when no cell is merged, true when every cell is, null for a mix (docs/hosts.md, "WPS": the null assumed, as Excel answers). */
  get MergeCells(): boolean | null {
    const a = this.area;
    const touching = this.sheet.merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
    if (touching.length === 0) return false;
    return this.everyCellMerged() ? true : this.options.mergeCellsOnMix;
  }
  private everyCellMerged() {
    for (let r = this.area.top; r <= this.area.bottom; r++) for (let c = this.area.left; c <= this.area.right; c++) if (!this.sheet.mergeAt(r, c)) return false;
    return true;
  }
  set MergeCells(on: boolean) {
    if (on) this.Merge();
    else this.UnMerge();
  }
  get MergeArea(): FakeRange {
    const m = this.sheet.mergeAt(this.area.top, this.area.left);
    return m ? this.sub(m) : this;
  }
  /** Keeps the first cell's contents only, as ET does (silently, through the object model). */
  Merge(Across?: boolean) {
    const a = this.area;
    if (this.sheet.protected) throw new Error(PROTECTED_ERROR);
    const areas = Across ? Array.from({ length: this.height }, (_, i) => ({ ...a, top: a.top + i, bottom: a.top + i })) : [a];
    for (const area of areas) {
      if (area.top === area.bottom && area.left === area.right) continue;
      const overlapping = this.sheet.merges.filter((m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left);
      if (overlapping.some((m) => m.top < area.top || m.bottom > area.bottom || m.left < area.left || m.right > area.right)) throw new Error('不能对合并单元格的一部分进行此操作');
      this.sheet.merges = this.sheet.merges.filter((m) => !overlapping.includes(m)).concat([{ ...area }]);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) this.sheet.patchCell(r, c, { value: null, formula: undefined, error: undefined });
      }
    }
  }
  UnMerge() {
    const a = this.area;
    this.sheet.merges = this.sheet.merges.filter((m) => !(m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left));
  }
  get Interior() {
    return new FakeInterior(this.book, this);
  }
  get Font() {
    return new FakeFont(this.book, this);
  }
  get Borders() {
    return new FakeBorders(this.book, this);
  }
  get Validation() {
    return new FakeValidationObject(this.book, this);
  }
  get FormatConditions() {
    return new FakeFormatConditions(this.book, this);
  }
  get HorizontalAlignment(): number | null {
    return this.common((cell) => cell?.hAlign ?? CELL_DEFAULTS.hAlign);
  }
  set HorizontalAlignment(v: number) {
    this.patchAll({ hAlign: v }, 'HorizontalAlignment');
  }
  get VerticalAlignment(): number | null {
    return this.common((cell) => cell?.vAlign ?? CELL_DEFAULTS.vAlign);
  }
  set VerticalAlignment(v: number) {
    this.patchAll({ vAlign: v }, 'VerticalAlignment');
  }
  get WrapText(): boolean | null {
    return this.common((cell) => cell?.wrap ?? false);
  }
  set WrapText(v: boolean) {
    this.patchAll({ wrap: Boolean(v) }, 'WrapText');
  }
  /** In characters; set on any cell, it sizes the whole column. */
  get ColumnWidth(): number | null {
    const widths = new Set<number>();
    for (let c = this.area.left; c <= this.area.right; c++) widths.add(this.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }
  set ColumnWidth(chars: number) {
    if (typeof chars !== 'number' || chars < 0 || chars > 255) throw new Error('列宽无效');
    for (let c = this.area.left; c <= this.area.right; c++) this.sheet.columnWidths.set(c, chars);
  }
  /** In points; set on any cell, it sizes the whole row. */
  get RowHeight(): number | null {
    const heights = new Set<number>();
    for (let r = this.area.top; r <= this.area.bottom; r++) heights.add(this.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
    return heights.size === 1 ? [...heights][0] : null;
  }
  set RowHeight(points: number) {
    if (typeof points !== 'number' || points < 0 || points > 409) throw new Error('行高无效');
    for (let r = this.area.top; r <= this.area.bottom; r++) this.sheet.rowHeights.set(r, points);
  }
  /** Like Excel, selecting works only on the active sheet. */
  Select() {
    if (this.book.activeSheet !== this.sheet) throw new Error('Range 类的 Select 方法无效：工作表不是活动工作表');
    this.sheet.activeCell = { row: this.area.top, col: this.area.left };
  }
  patchAll(patch: Partial<FakeEtCell>, what: string) {
    this.forEachCell((r, c) => this.sheet.patchCell(r, c, patch), what);
  }
  commonOf<T>(of: (cell: FakeEtCell | undefined) => T): T | null {
    return this.common(of);
  }
}

export class FakeInterior extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly range: FakeRange,
  ) {
    super(book);
  }
  /** BGR; an unfilled cell reads as white, as in ET (the pattern tells it apart). */
  get Color(): number | null {
    return this.range.commonOf((cell) => cell?.fill ?? 0xffffff);
  }
  set Color(bgr: number) {
    if (typeof bgr !== 'number' || bgr < 0 || bgr > 0xffffff) throw new Error('颜色值无效');
    this.range.patchAll({ fill: bgr }, 'Interior.Color');
  }
  get Pattern(): number | null {
    return this.range.commonOf((cell) => (cell?.fill === undefined ? -4142 : 1));
  }
  set Pattern(pattern: number) {
    if (pattern === -4142) this.range.patchAll({ fill: undefined }, 'Interior.Pattern');
    else if (pattern === 1) this.range.patchAll({}, 'Interior.Pattern');
    else throw new Error('图案类型未模拟');
  }
  /** Only "none" is modelled: a filled cell's palette index reads as null. */
  get ColorIndex(): number | null {
    return this.range.commonOf((cell) => (cell?.fill === undefined ? -4142 : null));
  }
  set ColorIndex(index: number) {
    if (index !== -4142) throw new Error('调色板颜色未模拟');
    this.range.patchAll({ fill: undefined }, 'Interior.ColorIndex');
  }
}

export class FakeFont extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly range: FakeRange,
  ) {
    super(book);
  }
  get Name(): string | null {
    return this.range.commonOf((cell) => cell?.fontName ?? CELL_DEFAULTS.fontName);
  }
  set Name(name: string) {
    this.range.patchAll({ fontName: name }, 'Font.Name');
  }
  get Size(): number | null {
    return this.range.commonOf((cell) => cell?.fontSize ?? CELL_DEFAULTS.fontSize);
  }
  set Size(size: number) {
    this.range.patchAll({ fontSize: size }, 'Font.Size');
  }
  get Bold(): boolean | null {
    return this.range.commonOf((cell) => cell?.bold ?? false);
  }
  set Bold(bold: boolean) {
    this.range.patchAll({ bold: Boolean(bold) }, 'Font.Bold');
  }
}

export class FakeBorders extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly range: FakeRange,
  ) {
    super(book);
  }
  /** xlContinuous (1) or xlNone (-4142) on every edge of every cell, inside lines included. */
  get LineStyle(): number | null {
    return this.range.commonOf((cell) => (cell?.border ? 1 : -4142));
  }
  set LineStyle(style: number) {
    if (style !== 1 && style !== -4142) throw new Error('线型未模拟');
    this.range.patchAll({ border: style === 1 }, 'Borders.LineStyle');
  }
}

export class FakeValidationObject extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly range: FakeRange,
  ) {
    super(book);
  }
  private first(): FakeValidation {
    const v = this.range.sheet.cell(this.range.area.top, this.range.area.left)?.validation;
    if (!v) throw new Error('区域没有数据有效性');
    return v;
  }
  private update(patch: Partial<FakeValidation>) {
    this.first();
    this.range.patchAll({}, 'Validation');
    const { sheet, area } = this.range;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const v = sheet.cell(r, c)?.validation;
        if (v) sheet.patchCell(r, c, { validation: { ...v, ...patch } });
      }
    }
  }
  /** Like ET, refuses a range that already has a rule (Delete it first). */
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string) {
    const { sheet, area } = this.range;
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (sheet.cell(r, c)?.validation) throw new Error('区域已有数据有效性');
    if (Formula1 === undefined) throw new Error('缺少 Formula1');
    const validation: FakeValidation = { type: Type, alertStyle: AlertStyle, operator: Operator, formula1: Formula1, formula2: Formula2, errorTitle: '', errorMessage: '', showError: true };
    this.range.patchAll({ validation }, 'Validation.Add');
  }
  Delete() {
    this.range.patchAll({ validation: undefined }, 'Validation.Delete');
  }
  get Type() {
    return this.first().type;
  }
  get Formula1() {
    return this.first().formula1;
  }
  get Formula2() {
    return this.first().formula2;
  }
  get ErrorTitle() {
    return this.first().errorTitle;
  }
  set ErrorTitle(text: string) {
    this.update({ errorTitle: text });
  }
  get ErrorMessage() {
    return this.first().errorMessage;
  }
  set ErrorMessage(text: string) {
    this.update({ errorMessage: text });
  }
  get ShowError() {
    return this.first().showError;
  }
  set ShowError(on: boolean) {
    this.update({ showError: Boolean(on) });
  }
}

export class FakeFormatConditions extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly range: FakeRange,
  ) {
    super(book);
  }
  get Count() {
    return this.range.sheet.conditionalFormats.length;
  }
  Add(Type: number, _Operator?: unknown, Formula1?: string) {
    if (Type !== 1 && Type !== 2) throw new Error('条件格式类型未模拟');
    if (this.range.sheet.protected) throw new Error('不能更改受保护工作表中的单元格。请先撤销工作表保护。');
    const rule = { area: { ...this.range.area }, type: Type, formula1: Formula1, anchor: { ...this.range.sheet.activeCell } };
    this.range.sheet.conditionalFormats.push(rule);
    return new FakeFormatCondition(this.book, rule);
  }
}

export class FakeFormatCondition extends EtObject {
  constructor(
    book: FakeEtWorkbook,
    readonly rule: FormatConditionRecord,
  ) {
    super(book);
  }
  get Interior() {
    const rule = this.rule;
    return new (class extends EtObject {
      get Color() {
        return rule.color ?? 0xffffff;
      }
      set Color(bgr: number) {
        rule.color = bgr;
      }
    })(this.book);
  }
}
