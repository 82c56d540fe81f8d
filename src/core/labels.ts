import { norm } from './text';

/**
 * The words that identify the parts of a form. Forms are found by these labels, never by fixed rows or
 * columns; each entry lists the spellings seen in published forms.
 */
export const TABLE_COLUMNS = {
  group: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称'],
  explanation: ['指标解释'],
  rule: ['评分规则'],
  target: ['年度指标值', '指标值', '年度目标值', '目标值'],
  actual: ['实际完成值', '实际值', '完成值'],
  weight: ['权重', '分值', '分数', '权重分'],
  score: ['自评分', '自评得分', '得分'],
  note: ['备注', '偏差原因分析及改进措施', '偏差原因分析', '偏差原因/改进措施'],
} as const;

export type TableColumn = keyof typeof TABLE_COLUMNS;

export const BUDGET_COLUMNS = {
  initial: ['年初预算数'],
  adjusted: ['全年预算数', '调整后预算数'],
  executed: ['全年执行数', '执行数'],
  weight: ['分值', '分数'],
  rate: ['执行率', '执行率(%)'],
  score: ['得分'],
} as const;

export type BudgetColumn = keyof typeof BUDGET_COLUMNS;

/** Header fields by their canonical names; a label may carry a unit `(元)` and a colon. */
export const FIELD_LABELS = [
  '项目名称',
  '预算单位',
  '具体实施处(科室)',
  '具体实施处',
  '是否为经常性项目',
  '当年预算数',
  '上年预算金额',
  '预算执行数',
  '预算执行率',
  '项目年度总目标',
  '自评时间',
  '绩效等级',
  '主要绩效',
  '主要问题',
  '改进措施',
  '主管部门',
  '实施单位',
  '评分等级',
] as const;

export const TOTAL_LABELS = ['合计', '总分', '总计', '合计得分', '总得分'];
export const FOOTER_LABEL = '说明';

function indexOf<K extends string>(columns: Record<K, readonly string[]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const [column, words] of Object.entries(columns) as [K, readonly string[]][]) {
    for (const w of words) if (!index.has(w)) index.set(w, column);
  }
  return index;
}

const TABLE_INDEX = indexOf<TableColumn>(TABLE_COLUMNS);
const BUDGET_INDEX = indexOf<BudgetColumn>(BUDGET_COLUMNS);

/** Which table column a (normalised) header cell names, or null. */
export function tableColumnOf(normText: string): TableColumn | null {
  return TABLE_INDEX.get(normText) ?? (normText.startsWith('偏差原因') ? 'note' : null);
}

export function budgetColumnOf(normText: string): BudgetColumn | null {
  return BUDGET_INDEX.get(normText) ?? (normText.startsWith('执行率') ? 'rate' : null);
}

/**
 * Matches a header field label at the start of a cell: `当年预算数（元）：1,087,800.00` gives the field
 * `当年预算数` and the rest `1,087,800.00`. Null when the cell starts with no field label.
 */
const FIELD_INITIALS = new Set(FIELD_LABELS.map((l) => l[0]));
const TABLE_INITIALS = new Set([...Object.values(TABLE_COLUMNS).flat(), ...Object.values(BUDGET_COLUMNS).flat()].map((w) => w[0]));

/** First character of a cell's text, past any leading space (labels are matched on it before any folding). */
function initial(text: string): string {
  const code = text.charCodeAt(0);
  return code === 0x20 || code === 0x3000 || code === 0x0a || code === 0x09 || code === 0x0d ? text.trimStart()[0] ?? '' : text[0];
}

/** Cheap test that a cell may hold a table or field label: nearly every other text fails it at once. */
export function mayBeLabel(text: string): boolean {
  const first = initial(text);
  return TABLE_INITIALS.has(first) || FIELD_INITIALS.has(first);
}

export function fieldLabelOf(text: string): { field: string; rest: string } | null {
  if (!FIELD_INITIALS.has(initial(text))) return null;
  const t = norm(text);
  for (const label of FIELD_LABELS) {
    if (!t.startsWith(label)) continue;
    let rest = t.slice(label.length);
    rest = rest.replace(/^\((元|万元|%|科室)\)/, '').replace(/^[:：]/, '');
    const field = label === '具体实施处(科室)' ? '具体实施处' : label;
    return { field, rest };
  }
  return null;
}

const TOTAL_INITIALS = new Set(TOTAL_LABELS.map((l) => l[0]));

export function mayBeTotalLabel(text: string): boolean {
  return TOTAL_INITIALS.has(initial(text));
}

export function isTotalLabel(normText: string): boolean {
  return TOTAL_LABELS.includes(normText);
}

