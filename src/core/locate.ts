import type { SheetView } from './grid';
import { fieldLabelOf, mayBeLabel, tableColumnOf, type TableColumn } from './labels';
import type { FormFamily } from './profiles';

/** An indicator-table header row: where a form's table starts, with its columns found by label. */
export interface TableHeader {
  row: number;
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
    const family = columns && familyOf(columns);
    if (columns && family) headers.push({ row: r, columns, family });
  }
  return { headers, nameRows };
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
