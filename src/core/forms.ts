/**
 * Where the forms of a sheet are: each indicator-table header starts a form, unless it repeats the header of
 * a table that has not closed yet (a page break); a form runs from its title to its 说明.
 */
import { rowText, type SheetView } from './grid';
import { fieldLabelOf, FOOTER_LABEL, isTotalLabel, mayBeTotalLabel } from './labels';
import { scanSheet, type Segment, type TableHeader } from './locate';
import type { EvaluationForm } from './model';
import { readForm } from './read-form';
import { norm } from './text';

/** How far below its total row a form may still state its grade and 说明. */
const MAX_FOOTER_ROWS = 30;
/** How far above its 项目名称 a form's title may stand. */
const MAX_TITLE_ROWS = 4;

/** Reads every form of a sheet: several stacked, one, or none. */
export function readForms(view: SheetView): EvaluationForm[] {
  const { headers, nameRows } = scanSheet(view);
  const forms: EvaluationForm[] = [];
  let previousEnd = -1; // last row of the previous form's table
  let i = 0;
  while (i < headers.length) {
    const header = headers[i];
    const anchor = lastBetween(nameRows, previousEnd, header.row);
    const left = Math.min(...(Object.values(header.columns) as number[]), anchor !== null ? nameLabelCol(view, anchor) : Infinity);
    const top = anchor !== null ? titleTop(view, anchor, previousEnd, left) : formTitleAbove(view, header.row, previousEnd, left) ?? titleTop(view, header.row, previousEnd, left);
    // The table runs to its total row; a header repeated after a page break (no new 项目名称 before it)
    // continues the same table, and so does a second table under a header of its own (项目决策 and 项目管理 scored
    // by rules, then 项目绩效 by targets): each segment is read with the columns of the header above it.
    const segments: Segment[] = [];
    let j = i;
    let totalRow = -1;
    for (;;) {
      const next = headers[j + 1];
      const nextNameRow = lastBetween(nameRows, headers[j].row, next ? next.row : view.rowCount);
      const limit = Math.min(next ? next.row - 1 : view.rowCount - 1, nextNameRow !== null ? nextNameRow - 1 : Infinity);
      const found = findTotalRow(view, headers[j], headers[j].body, limit);
      segments.push({ from: headers[j].body, to: found >= 0 ? found : limit, header: headers[j] });
      if (found >= 0) totalRow = found;
      const repeat = found < 0 && next && nextNameRow === null && !isNewForm(view, headers[j].row, next.row);
      if (!repeat) break;
      j++;
    }
    const nextHeader = headers[j + 1];
    const tableEnd = segments[segments.length - 1].to;
    const nextAnchor = nextHeader ? lastBetween(nameRows, headers[j].row, nextHeader.row) : null;
    const footerLimit = Math.min(nextHeader ? (nextAnchor ?? nextHeader.row) - 1 : view.rowCount - 1, tableEnd + MAX_FOOTER_ROWS);
    const form = readForm(view, header, top, left, segments, totalRow, footerLimit);
    if (form) forms.push(form);
    // The next form may start right after this one's last row (its footer stops at the next title).
    previousEnd = form ? form.bottom : tableEnd;
    i = j + 1;
  }
  return forms;
}

function nameLabelCol(view: SheetView, row: number): number {
  for (let c = 0; c < view.rowLength(row); c++) if (fieldLabelOf(view.text(row, c))?.field === '项目名称') return c;
  return Infinity;
}

function lastBetween(sorted: number[], after: number, before: number): number | null {
  let found: number | null = null;
  for (const r of sorted) if (r > after && r < before) found = r;
  return found;
}

/** A title row (`项目绩效自评价`, `(2022 年度)`) just above the 项目名称 and over the table belongs to the form. */
function titleTop(view: SheetView, anchor: number, previousEnd: number, left: number): number {
  let top = anchor;
  for (let r = anchor - 1; r > previousEnd && r >= anchor - MAX_TITLE_ROWS; r--) {
    const text = rowText(view, r, left);
    if (text === '') continue;
    // The total printed between the title and 项目名称 (`项目总得分 | 99分`) belongs to the form.
    if (fieldLabelOf(text)?.field === '自评得分') {
      top = r;
      continue;
    }
    if (!/自评|年度|绩效/.test(text) || fieldLabelOf(text) || text.includes(FOOTER_LABEL + ':')) break;
    top = r;
  }
  return top;
}

/** How far above its table a form with no 项目名称 (a 部门整体 form names its 部门) may print its title. */
const MAX_TITLE_TO_TABLE = 20;

/** The title row (`…自评表`) of a form with no 项目名称, so that its budget block and fields are read too. */
function formTitleAbove(view: SheetView, headerRow: number, previousEnd: number, left: number): number | null {
  for (let r = headerRow - 1; r > previousEnd && r >= headerRow - MAX_TITLE_TO_TABLE; r--) {
    if (/自评表$|自评价$/.test(rowText(view, r, Math.max(0, left - 1)))) return r;
  }
  return null;
}

/** A second header row starts a new form (not a page-break repeat) when a title stands between. */
function isNewForm(view: SheetView, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) if (/自评表|自评价/.test(rowText(view, r))) return true;
  return false;
}

function findTotalRow(view: SheetView, header: TableHeader, from: number, to: number): number {
  const last = Math.max(...(Object.values(header.columns) as number[]));
  for (let r = from; r <= to; r++) if (totalLabelIn(view, r, last)) return r;
  return -1;
}

function totalLabelIn(view: SheetView, row: number, last: number): boolean {
  for (let c = 0; c <= last; c++) {
    const v = view.raw(row, c)?.value;
    if (typeof v === 'string' && v.length <= 10 && mayBeTotalLabel(v) && isTotalLabel(norm(v))) return true;
  }
  return false;
}
