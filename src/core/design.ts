/**
 * A sheet to create, as data: what the templates and the roll-forward produce, and what every host
 * (an .xlsx file, Excel, WPS) knows how to write. Looks are named styles; hosts map the names to fonts,
 * borders and fills from STYLES, so the forms look the same wherever they are made.
 */
import type { MergeArea } from './grid';

export type StyleName = 'title' | 'subtitle' | 'label' | 'value' | 'header' | 'group' | 'text' | 'number' | 'input' | 'total' | 'footer';

export interface CellStyle {
  bold?: boolean;
  size?: number;
  align: 'left' | 'center' | 'right';
  wrap: boolean;
  border: boolean;
  /** A light fill for the cells a person fills in. */
  fill?: string;
}

export const STYLES: Record<StyleName, CellStyle> = {
  title: { bold: true, size: 16, align: 'center', wrap: false, border: false },
  subtitle: { size: 11, align: 'center', wrap: false, border: false },
  label: { bold: true, align: 'center', wrap: true, border: true },
  value: { align: 'left', wrap: true, border: true },
  header: { bold: true, align: 'center', wrap: true, border: true },
  group: { bold: true, align: 'center', wrap: true, border: true },
  text: { align: 'left', wrap: true, border: true },
  number: { align: 'center', wrap: false, border: true },
  input: { align: 'center', wrap: false, border: true, fill: '#FFF9E6' },
  total: { bold: true, align: 'center', wrap: false, border: true },
  footer: { align: 'left', wrap: true, border: false, size: 10 },
};

export interface DesignCell {
  value?: string | number;
  /** Without `=`. */
  formula?: string;
  numFmt?: string;
  style: StyleName;
}

/** Numbers from 0 up to the weight in the same row (`max`, a formula without `=` relative to the range's first cell). */
export interface ScoreValidation {
  area: MergeArea;
  min: number;
  /** The upper bound as a formula on the first cell's row, e.g. `F13`; absent: no upper bound. */
  max?: string;
  message: string;
}

/** Fill the cells of `area` where `formula` (relative to its first cell) is true. */
export interface HighlightRule {
  area: MergeArea;
  formula: string;
  fill: string;
}

export interface SheetDesign {
  name: string;
  /** cells[r][c], 0-based. */
  cells: (DesignCell | undefined)[][];
  merges: MergeArea[];
  /** In characters, as spreadsheets measure columns. */
  columnWidths: number[];
  rowHeights: Record<number, number>;
  validations: ScoreValidation[];
  highlights: HighlightRule[];
  /** A4, one page wide; these rows (0-based, inclusive) repeat at the top of every printed page. */
  print: { repeatRows: [number, number] };
}
