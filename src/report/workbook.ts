/**
 * The summary workbook a reviewer sorts and filters in Excel or WPS: 各表汇总 (one row per form), 问题明细 (every
 * finding, linked to its cell), 统计 (counts per rule, per unit, per grade, and the files that could not be read).
 * Each sheet is planned whole first (its widths depend on every text in it), then streamed out row by row with
 * ExcelJS's streaming writer: a department's hundreds of forms and thousands of findings never sit in memory as
 * a workbook model.
 */
import ExcelJS from 'exceljs';
import { SEVERITY_NAMES, statusOf, type Summary } from './summary';

export const SHEETS = { forms: '各表汇总', findings: '问题明细', counts: '统计' } as const;

interface Column<T> {
  header: string;
  value: (row: T) => ExcelJS.CellValue;
  numFmt?: string;
  /** Width cap for long texts, in characters (they wrap instead). */
  max?: number;
}

export interface WorkbookOptions {
  /** The hyperlink target of a file, as seen from where the summary is saved (`null`: no link). */
  linkOf?: (file: string) => string | null;
}

const AMOUNT = '#,##0.00';
const SCORE = '0.00';
const RATE = '0.00%';
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };
const UNREAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** A sheet-qualified cell as a hyperlink fragment: `'预算 表'!H6`. */
function fragment(sheet: string, cell: string | null): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell ?? 'A1'}`;
}

function link(text: string, target: string | null): ExcelJS.CellValue {
  return target ? { text, hyperlink: target } : text;
}

/** Display width in Excel's character units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function shown(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numFmt === RATE ? `${(value * 100).toFixed(2)}%` : numFmt === AMOUNT ? value.toLocaleString('en-US', { minimumFractionDigits: 2 }) : String(value);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

interface PlannedCell {
  value: ExcelJS.CellValue;
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** A sheet as it will be written: its rows (1-based, gaps allowed), column widths and styles, header and filter. */
interface SheetPlan {
  name: string;
  rows: PlannedCell[][];
  widths: number[];
  columnStyles: Partial<ExcelJS.Style>[];
  /** Freeze row 1 and filter over rows 1..n of this many columns. */
  headed: { columns: number; rows: number } | null;
}

function plan(name: string): SheetPlan {
  return { name, rows: [], widths: [], columnStyles: [], headed: null };
}

/** A table at `startRow`: bold filled header, the rows, widths fitted to the longest text (capped), long texts wrapped. */
function table<T>(sheet: SheetPlan, columns: Column<T>[], rows: T[], startRow = 1): void {
  columns.forEach((c, i) => {
    // Formats and wrapping set once per column, which its cells take up, instead of a style per cell.
    const style = (sheet.columnStyles[i] ??= {});
    if (c.numFmt) style.numFmt = c.numFmt;
    if (c.max) style.alignment = { wrapText: true, vertical: 'top' };
  });
  const widths = columns.map((c) => textWidth(c.header));
  sheet.rows[startRow - 1] = columns.map((c) => ({ value: c.header, font: { bold: true }, fill: HEADER_FILL, alignment: { vertical: 'middle' } }));
  rows.forEach((r, n) => {
    sheet.rows[startRow + n] = columns.map((c, i) => {
      const value = c.value(r);
      widths[i] = Math.max(widths[i], textWidth(shown(value, c.numFmt)));
      return typeof value === 'object' && value && 'hyperlink' in value ? { value, font: LINK_FONT } : { value };
    });
  });
  columns.forEach((c, i) => {
    sheet.widths[i] = Math.max(Math.min(widths[i] + 2, c.max ?? 40), sheet.widths[i] ?? 0, 6);
  });
}

/** Writes the planned sheets to `stream` (an .xlsx file's bytes); resolves once the stream has finished. */
async function writePlans(plans: SheetPlan[], stream: NodeJS.WritableStream): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: stream as never, useStyles: true, useSharedStrings: false });
  wb.creator = 'jixiao';
  for (const p of plans) {
    const ws = wb.addWorksheet(p.name, p.headed ? { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] } : {});
    ws.columns = p.widths.map((width, i) => ({ width, style: p.columnStyles[i] ?? {} }));
    if (p.headed) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: p.headed.rows + 1, column: p.headed.columns } };
    for (let r = 0; r < p.rows.length; r++) {
      const cells = p.rows[r];
      if (!cells) continue;
      const row = ws.getRow(r + 1);
      cells.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.value = c.value;
        if (c.font) cell.font = c.font;
        if (c.fill) cell.fill = c.fill;
        if (c.alignment) cell.alignment = c.alignment;
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}

/** Writes the summary workbook of `summary` to `stream`. */
export async function writeSummaryWorkbook(summary: Summary, stream: NodeJS.WritableStream, options: WorkbookOptions = {}): Promise<void> {
  const linkOf = options.linkOf ?? (() => null);
  const target = (file: string, sheet: string, cell: string | null) => {
    const base = linkOf(file);
    return base === null ? null : `${base}#${fragment(sheet, cell)}`;
  };
  type Row = Summary['forms'][number];
  const forms = plan(SHEETS.forms);
  const formColumns: Column<Row>[] = [
    { header: '文件', value: (r) => r.file, max: 40 },
    { header: '工作表', value: (r) => link(r.sheet, target(r.file, r.sheet, r.range.split(':')[0])) },
    { header: '主管部门', value: (r) => r.department, max: 24 },
    { header: '实施单位', value: (r) => r.implementer, max: 24 },
    { header: '项目名称', value: (r) => r.project, max: 30 },
    { header: '预算数', value: (r) => r.planned, numFmt: AMOUNT },
    { header: '执行数', value: (r) => r.executed, numFmt: AMOUNT },
    { header: '执行率', value: (r) => r.rate, numFmt: RATE },
    { header: '表中总分', value: (r) => r.totalDeclared, numFmt: SCORE },
    { header: '重算总分', value: (r) => r.totalComputed, numFmt: SCORE },
    { header: '按规则总分', value: (r) => r.totalSuggested, numFmt: SCORE },
    { header: '表中等级', value: (r) => r.gradeDeclared },
    { header: '按规则等级', value: (r) => r.gradeSuggested },
    { header: '错误', value: (r) => r.errors },
    { header: '警告', value: (r) => r.warnings },
    { header: '状态', value: (r) => statusOf(r), max: 24 },
    { header: '主要问题', value: (r) => link(r.mainProblem, r.mainCell ? target(r.file, r.sheet, r.mainCell) : null), max: 60 },
  ];
  table(forms, formColumns, summary.forms);
  const status = formColumns.findIndex((c) => c.header === '状态');
  summary.forms.forEach((r, n) => {
    const fill = r.unread.length ? UNREAD_FILL : r.errors ? ERROR_FILL : undefined;
    if (fill) forms.rows[n + 1][status].fill = fill;
  });
  forms.headed = { columns: formColumns.length, rows: summary.forms.length };

  // Every finding, and each file that could not be read as a finding of its own.
  type Finding = { file: string; sheet: string; project: string | null; cell: string; rule: string; title: string; severity: string; message: string };
  const rows: Finding[] = [
    ...summary.unreadable.map((u) => ({ file: u.file, sheet: '', project: null, cell: '', rule: u.code, title: '文件未能读取', severity: 'error', message: u.message })),
    ...summary.findings,
  ];
  const findings = plan(SHEETS.findings);
  const findingColumns: Column<Finding>[] = [
    { header: '文件', value: (r) => r.file, max: 40 },
    { header: '工作表', value: (r) => r.sheet },
    { header: '项目名称', value: (r) => r.project, max: 30 },
    { header: '单元格', value: (r) => (r.cell ? link(r.cell, target(r.file, r.sheet, r.cell)) : '') },
    { header: '严重程度', value: (r) => SEVERITY_NAMES[r.severity] ?? r.severity },
    { header: '规则', value: (r) => r.rule },
    { header: '规则名称', value: (r) => r.title, max: 30 },
    { header: '说明', value: (r) => r.message, max: 80 },
  ];
  table(findings, findingColumns, rows);
  findings.headed = { columns: findingColumns.length, rows: rows.length };

  const counts = plan(SHEETS.counts);
  let at = 1;
  const block = <T>(title: string, columns: Column<T>[], items: T[]) => {
    counts.rows[at - 1] = [{ value: title, font: { bold: true, size: 12 } }];
    table(counts, columns, items, at + 1);
    at += items.length + 3;
  };
  const t = summary.totals;
  block('总体', [{ header: '项目', value: (r: [string, number]) => r[0] }, { header: '数量', value: (r: [string, number]) => r[1] }], [
    ['文件', t.files],
    ['自评表', t.forms],
    ['有错误的表', t.formsWithErrors],
    ['未读全的表', t.halfRead],
    ['未能读取的文件', t.unreadable],
    ['错误', t.errors],
    ['警告', t.warnings],
    ['提示', t.infos],
  ]);
  block('按规则', [
    { header: '规则', value: (r) => r.rule },
    { header: '规则名称', value: (r) => r.title, max: 30 },
    { header: '严重程度', value: (r) => SEVERITY_NAMES[r.severity] ?? r.severity },
    { header: '问题数', value: (r) => r.findings },
    { header: '涉及表数', value: (r) => r.forms },
  ], summary.rules);
  block('按单位', [
    { header: '实施单位', value: (r) => r.unit, max: 30 },
    { header: '主管部门', value: (r) => r.department, max: 30 },
    { header: '表数', value: (r) => r.forms },
    { header: '有错误的表', value: (r) => r.formsWithErrors },
    { header: '错误', value: (r) => r.errors },
    { header: '警告', value: (r) => r.warnings },
    { header: '提示', value: (r) => r.infos },
  ], summary.units);
  block('等级分布', [
    { header: '等级', value: (r) => r.grade },
    { header: '表中等级', value: (r) => r.declared },
    { header: '按规则等级', value: (r) => r.suggested },
  ], summary.grades);
  block('未读全的表', [
    { header: '文件', value: (r) => link(r.file, target(r.file, r.sheet, r.range.split(':')[0])), max: 50 },
    { header: '工作表', value: (r) => r.sheet },
    { header: '项目名称', value: (r) => r.project, max: 30 },
    { header: '未能读取的部分', value: (r) => r.unread.join('、'), max: 40 },
  ], summary.forms.filter((f) => f.unread.length));
  block('未能读取的文件', [
    { header: '文件', value: (r) => link(r.file, linkOf(r.file)), max: 50 },
    { header: '原因', value: (r) => r.message, max: 80 },
  ], summary.unreadable);
  await writePlans([forms, findings, counts], stream);
}
