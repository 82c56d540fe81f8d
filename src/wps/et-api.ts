/**
 * The part of WPS 表格's object model (ET, its JS API "JSA") the add-in uses, typed by hand from WPS's own
 * declarations (et-jsapi-declare) so the pane does not carry that package. JSA is synchronous, 1-based and
 * mirrors VBA: `sheet.Range('A1:C3').Value2`, `sheets.Item(1)`, constants as numbers.
 *
 * A few members are a property on one WPS build and a method on another (`Address`, `Count`, `Name`, even
 * `Value2` on old builds); they are typed `Member<T>` and read through `member()`, never directly.
 */

/** A member that is a property on some builds and a method on others. */
export type Member<T> = T | ((...args: unknown[]) => T);

/** What a member reads as once called when it is a method. */
export type Unwrap<X> = X extends (...args: never[]) => infer R ? R : X;

/** Reads a member that may be a property or a method: calls it (without arguments) when it is a function. */
export function member<T, K extends keyof T>(obj: T, key: K): Unwrap<T[K]> {
  const value = obj[key] as unknown;
  return (typeof value === 'function' ? (value as () => unknown).call(obj) : value) as Unwrap<T[K]>;
}

/** ET's constants (VBA's xl… enums), only those used. */
export const XL = {
  none: -4142, // xlNone: no fill pattern / colour index
  left: -4131,
  center: -4108,
  right: -4152,
  continuous: 1, // xlContinuous border line
  validateDecimal: 2,
  validAlertStop: 1,
  between: 1,
  greaterEqual: 7,
  expression: 2, // xlExpression conditional format
  portrait: 1,
  paperA4: 9,
  /** Range.Value(xlRangeValueXMLSpreadsheet): the range as an XML Spreadsheet 2003 document. */
  xmlSpreadsheet: 11,
  /** msoPropertyTypeString, for CustomDocumentProperties.Add. */
  propertyString: 4,
} as const;

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  /** The active cell of the active sheet (VBA's Application.ActiveCell); null with no workbook open. */
  readonly ActiveCell?: EtRange | null;
  readonly ActiveWindow?: EtWindow | null;
  DisplayAlerts?: boolean;
}

export interface EtWindow {
  DisplayGridlines: boolean;
}

export interface EtWorkbook {
  /** Every sheet, chart sheets included: for names and for adding. */
  readonly Sheets: EtSheets;
  /** The worksheets only: for reading and finding cells. */
  readonly Worksheets: EtSheets;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export interface EtSheets {
  readonly Count: Member<number>;
  Item(index: number | string): EtWorksheet;
  /** The new sheet goes before `Before` or after `After`, and becomes the active sheet. */
  Add(Before?: EtWorksheet, After?: EtWorksheet, Count?: number, Type?: number): EtWorksheet;
}

export interface EtWorksheet {
  Name: Member<string>;
  readonly UsedRange: EtRange;
  readonly ProtectContents: Member<boolean>;
  readonly PageSetup: EtPageSetup;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  readonly Address: Member<string>;
  /** A scalar for one cell; a 2-D array (1-D on some builds for one row or column) otherwise. */
  Value2: unknown;
  /** `=…` for a formula, else the constant as text; shaped like Value2. */
  Formula: unknown;
  /** A string when every cell has the same format, else null. Assignable (a string, or a 2-D array). */
  NumberFormat: unknown;
  /** true, false, or null when the range is partly merged. */
  MergeCells: boolean | null;
  /** The merged area a cell belongs to (the cell itself when it is not merged). */
  readonly MergeArea: EtRange;
  /** Whether the cells are locked: true, false, or null over a range with both (VBA's Range.Locked). */
  Locked: boolean | null;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: { LineStyle: number };
  readonly Validation: EtValidation;
  readonly FormatConditions: { Add(Type: number, Operator?: number, Formula1?: string): { readonly Interior: EtInterior } };
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  /** Value(11): the XML Spreadsheet of the range, on builds that have it. */
  Value(type?: number): unknown;
  Merge(Across?: boolean): void;
  Select(): void;
}

export interface EtCount {
  readonly Count: Member<number>;
}

export interface EtInterior {
  /** BGR: red is 0x0000FF. */
  Color: number;
  Pattern: number;
  ColorIndex: number;
}

export interface EtFont {
  Name: string;
  Size: number;
  Bold: boolean;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowError: boolean;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  PrintTitleRows: string;
  CenterHorizontally: boolean;
}

export interface EtDocumentProperties {
  /** Throws when there is no property of that name. */
  Item(name: string): EtDocumentProperty;
  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): EtDocumentProperty;
}

export interface EtDocumentProperty {
  Value: unknown;
}
