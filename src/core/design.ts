/**
 * A sheet to create, as data: what the templates and the roll-forward produce, and what every host
 * (an .xlsx file, Excel, WPS) knows how to write. Looks are named styles; hosts map the names to fonts,
 * borders and fills from STYLES, so the forms look the same wherever they are made.
 */
import type { MergeArea, SheetGrid } from './grid';

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

/** A validation's upper bound on `row` (0-based): its formula moved down to that row, as filling down would. */
export function validationBound(v: ScoreValidation, row: number): string | undefined {
  return v.max?.replace(/\d+$/, String(row + 1));
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

/** Points per line of 10-point text, and the smallest row, as spreadsheets print them. */
const LINE_HEIGHT = 13.5;
const MIN_ROW_HEIGHT = 16;

/** A text's width in column units: a CJK character takes two, others one. */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return units;
}

/**
 * Gives each row the height its wrapped texts need. Spreadsheets grow rows to fit only when a person edits
 * them, and print them as they are, so a designed sheet states its row heights. Texts in cells merged
 * across rows are left to the rows they span.
 */
export function fitRowHeights(design: SheetDesign): void {
  const spanOf = new Map(design.merges.map((m) => [`${m.top},${m.left}`, m]));
  design.cells.forEach((row, r) => {
    let lines = 1;
    row?.forEach((cell, c) => {
      if (!cell || typeof cell.value !== 'string' || !STYLES[cell.style].wrap) return;
      const span = spanOf.get(`${r},${c}`);
      if (span && span.bottom > span.top) return;
      const width = design.columnWidths.slice(c, (span?.right ?? c) + 1).reduce((a, b) => a + b, 0) * 0.9;
      const needed = cell.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textUnits(part) / Math.max(1, width))), 0);
      lines = Math.max(lines, needed);
    });
    const height = Math.max(MIN_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 3));
    design.rowHeights[r] = Math.max(design.rowHeights[r] ?? 0, height);
  });
}

/** A designed sheet as the grid a host would read back from it (formulas without their results). */
export function designToGrid(design: SheetDesign, name = design.name): SheetGrid {
  return {
    name,
    merges: design.merges.map((m) => ({ ...m })),
    rows: design.cells.map((row) =>
      row?.map((cell) => {
        if (!cell || (cell.value === undefined && !cell.formula)) return undefined;
        return { value: cell.value ?? null, ...(cell.formula ? { formula: cell.formula } : {}), ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
      }),
    ),
  };
}
