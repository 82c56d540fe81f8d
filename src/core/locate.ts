import type { SheetView } from './grid';
import { fieldLabelOf, mayBeLabel, tableColumnOf, type TableColumn } from './labels';
import type { FormFamily } from './profiles';

/** An indicator-table header row: where a form's table starts, with its columns found by label. */
export interface TableHeader {
  row: number;
  /** The first row of the table's body: below the header, and below its second row where it has one. */
  body: number;
  columns: Partial<Record<TableColumn, number>>;
  family: FormFamily;
}

/** Rows `from`..`to` of a form's table, read with the columns of the header row above them. */
export interface Segment {
  from: number;
  to: number;
  header: TableHeader;
}

/** Label cells are short; long texts (goals, notes) are never labels, so they are not normalised. */
const MAX_LABEL_LENGTH = 40;

/** Finds the indicator-table header rows of a sheet and the rows that carry a 项目名称 label. */
export function scanSheet(view: SheetView): { headers: TableHeader[]; nameRows: number[] } {
  const headers: TableHeader[] = [];
  const nameRows: number[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    let columns: Partial<Record<TableColumn, number>> | null = null;
    let hasName = false;
    const length = view.rowLength(r);
    // Every 分值 / 权重 label with the column labelled just before it: a form may weigh each level in its own column.
    const weights: { col: number; after: TableColumn | null }[] = [];
    let previous: TableColumn | null = null;
    for (let c = 0; c < length; c++) {
      const v = view.raw(r, c)?.value;
      if (typeof v !== 'string' || v.length > MAX_LABEL_LENGTH || v === '' || !mayBeLabel(v)) continue;
      const column = tableColumnOf(v);
      if (column) {
        columns ??= {};
        if (column === 'weight') weights.push({ col: c, after: previous });
        else if (columns[column] === undefined) columns[column] = c;
      } else if (!hasName && fieldLabelOf(v)?.field === '项目名称') hasName = true;
      previous = column;
    }
    if (columns && weights.length > 0) assignWeights(columns, weights);
    if (hasName) nameRows.push(r);
    const sub = columns && columns.name !== undefined ? subHeader(view, r, columns) : false;
    const family = columns && familyOf(columns);
    if (columns && family) headers.push({ row: r, body: sub ? r + 2 : r + 1, columns, family });
  }
  return { headers, nameRows };
}

/**
 * A header of two rows (Hebei's county export): a label merged across several columns (`预期指标值` over F:H,
 * `自评得分` over K:M) is split by the row below it (`符号 | (blank) | 单位(文字描述)`, `单项指标得分 | 权重占比(%) |
 * 单项指标折算得分`). A part the second row names takes that column, over the first row's; the part of the merged
 * label itself, where no sub-label names it, stands in its first blank sub-column (the target's value between its
 * comparator and its unit). True when the row below is such a second header row.
 */
function subHeader(view: SheetView, row: number, columns: Partial<Record<TableColumn, number>>): boolean {
  if (row + 1 >= view.rowCount) return false;
  let found = false;
  for (const [part, col] of Object.entries(columns) as [TableColumn, number][]) {
    let end = col;
    while (view.isMergedAway(row, end + 1) && view.master(row, end + 1).row === row && view.master(row, end + 1).col === col) end++;
    // A merged label spanning columns, not merged down over the second row.
    if (end === col || view.isMergedAway(row + 1, col)) continue;
    let blank: number | null = null;
    let named = false;
    let split = false;
    for (let c = col; c <= end; c++) {
      const v = view.raw(row + 1, c)?.value;
      const text = typeof v === 'string' ? v.trim() : '';
      if (text === '') {
        if (v == null) blank ??= c;
        continue;
      }
      const sub = text.length <= MAX_LABEL_LENGTH ? tableColumnOf(text) : null;
      if (!sub) continue;
      found = split = true;
      columns[sub] = c;
      if (sub === part) named = true;
    }
    if (split && !named && blank !== null) columns[part] = blank;
  }
  return found;
}

/**
 * A table that weighs each level in a column of its own (`一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分`,
 * the finance ministry's common framework): a 分值 right of the 一级 or 二级 label holds that level's points, the
 * one left is the indicators' weight. A single 分值 is the indicators' weight wherever it stands.
 */
function assignWeights(columns: Partial<Record<TableColumn, number>>, weights: { col: number; after: TableColumn | null }[]) {
  const own = weights.length > 1 ? weights.filter((w) => w.after !== 'group' && w.after !== 'level2') : weights;
  columns.weight = (own[0] ?? weights[0]).col;
  if (own.length === weights.length) return;
  for (const w of weights) {
    if (w.after === 'group') columns.groupWeight ??= w.col;
    if (w.after === 'level2') columns.level2Weight ??= w.col;
  }
}

/** Which family a table header belongs to, or null when the row is not an indicator-table header. */
function familyOf(columns: Partial<Record<TableColumn, number>>): FormFamily | null {
  if (columns.name === undefined) return null;
  if (columns.group === undefined) {
    // A table with no 一级指标 column (Chongqing's 部门整体绩效自评表 lists its indicators under 指标名称 alone) is
    // a form where its other columns say so: weights and scores, or targets and actuals, beside the names. Shanghai's
    // and Minhang's layouts always print 一级指标, so such a table is read by the national rule.
    const scored = columns.weight !== undefined && columns.score !== undefined;
    const stated = columns.target !== undefined && columns.actual !== undefined;
    return scored || stated ? 'mof-2020' : null;
  }
  const national = columns.level2 !== undefined || columns.target !== undefined || columns.actual !== undefined;
  // The 绩效目标自评表 of transfer payments states targets and actuals only, with no 分值 or 得分.
  if (columns.score === undefined) return columns.target !== undefined && columns.actual !== undefined ? 'mof-2020' : null;
  // A form without per-indicator weights is still a form where it has the national form's columns.
  if (columns.weight === undefined && !national) return null;
  if (national) return 'mof-2020';
  if (columns.rule !== undefined) return 'minhang-2020';
  return 'shanghai-2019';
}
