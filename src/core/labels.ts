/**
 * Which part of a form a cell's text names. Forms are found by these labels, never by fixed rows or
 * columns; the wordings themselves are data in `vocabulary.ts`.
 */
import { norm } from './text';
import {
  BUDGET_ROW_WORDS,
  BUDGET_WORDS,
  FIELD_WORDS,
  type FieldName,
  FOOTER_WORD,
  indexWords,
  labelKey,
  NOT_INDICATOR_WORDS,
  TABLE_WORDS,
  TEMPLATE_ROW,
  TOTAL_WORDS,
} from './vocabulary';

export type TableColumn = keyof typeof TABLE_WORDS;
export type BudgetColumn = keyof typeof BUDGET_WORDS;
export type BudgetRow = keyof typeof BUDGET_ROW_WORDS;
export const FOOTER_LABEL = FOOTER_WORD;

const TABLE_INDEX = indexWords<TableColumn>(TABLE_WORDS);
const BUDGET_INDEX = indexWords<BudgetColumn>(BUDGET_WORDS);
const BUDGET_ROW_INDEX = indexWords<BudgetRow>(BUDGET_ROW_WORDS);
const TOTAL_KEYS = new Set(TOTAL_WORDS.map((w) => labelKey(w).key));
const NOT_INDICATOR_KEYS = new Set(NOT_INDICATOR_WORDS.map((w) => labelKey(w).key));

/** Which table column a header cell names, or null. */
export function tableColumnOf(text: string): TableColumn | null {
  const { key } = labelKey(text);
  return TABLE_INDEX.get(key) ?? (key.startsWith('偏差原因') || key.startsWith('未完成原因') ? 'note' : null);
}

/** Which budget column a header cell names, with the unit its label prints (`执行率（%）` → `%`). */
export function budgetColumnOf(text: string): { column: BudgetColumn; unit: string } | null {
  const { key, unit } = labelKey(text);
  // `执行率(%)`, and a score headed with its rule (`得分(20分*执行率)`).
  const column = BUDGET_INDEX.get(key) ?? (key.startsWith('执行率') ? 'rate' : key.startsWith('得分') ? 'score' : null);
  return column ? { column, unit } : null;
}

/** The budget row a row label names: `年度资金总额：` → total, `其中：当年财政拨款` → part. */
export function budgetRowOf(text: string): BudgetRow | null {
  const key = labelKey(text).key.replace(/^其中[:：]?/, '');
  return BUDGET_ROW_INDEX.get(key) ?? null;
}

/** A row label that is no indicator: `其他需要说明事项`, `……`, a template row `指标2`. */
export function isNotIndicator(text: string): boolean {
  const key = labelKey(text).key;
  return key !== '' && (NOT_INDICATOR_KEYS.has(key) || TEMPLATE_ROW.test(key) || /^[…．.·]+$/.test(key));
}

const FIELD_LIST: [FieldName, string][] = (Object.entries(FIELD_WORDS) as [FieldName, readonly string[]][])
  .flatMap(([field, words]) => words.map((w) => [field, labelKey(w).key] as [FieldName, string]))
  // The longest wording first, so that `具体实施处(科室)` is not read as `具体实施处` and a rest `(科室)`.
  .sort((a, b) => b[1].length - a[1].length);
const FIELD_INITIALS = new Set(FIELD_LIST.map(([, w]) => w[0]));
const TABLE_INITIALS = new Set(
  [...Object.values(TABLE_WORDS).flat(), ...Object.values(BUDGET_WORDS).flat()].map((w) => labelKey(w).key[0]),
);

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

/**
 * Matches a header field label at the start of a cell: `当年预算数（元）：1,087,800.00` gives the field
 * `当年预算数` and the rest `1,087,800.00`. Null when the cell starts with no field label.
 */
export function fieldLabelOf(text: string): { field: FieldName; rest: string } | null {
  if (!FIELD_INITIALS.has(initial(text))) return null;
  const t = norm(text);
  for (const [field, label] of FIELD_LIST) {
    if (!t.startsWith(label)) continue;
    let rest = t.slice(label.length);
    rest = rest.replace(/^\((元|万元|%|科室|分)\)/, '').replace(/^[:：]/, '');
    return { field, rest };
  }
  return null;
}

const TOTAL_INITIALS = new Set(TOTAL_WORDS.map((l) => l[0]));

export function mayBeTotalLabel(text: string): boolean {
  return TOTAL_INITIALS.has(initial(text));
}

export function isTotalLabel(text: string): boolean {
  return TOTAL_KEYS.has(labelKey(text).key);
}
