/** One form read: its indicator rows (merged and blank level cells continued), groups and total row. */
import { Decimal, sum, ZERO } from './decimal';
import { isBlank, type SheetView } from './grid';
import type { TableHeader } from './locate';
import type { EvaluationForm, Group, Indicator, NumberAt } from './model';
import type { FormFamily } from './profiles';
import { numberAt, readBudgetBlock, readFields, readFooter, readGoals, shanghaiBudget } from './read-header';
import { parseActual, parseTarget } from './targets';
import { norm } from './text';

export function readForm(
  view: SheetView,
  header: TableHeader,
  top: number,
  left: number,
  segments: [number, number][],
  totalRow: number,
  footerLimit: number,
): EvaluationForm | null {
  const cols = header.columns;
  const fields = readFields(view, top, header.row - 1);
  const budget = header.family === 'mof-2020' ? readBudgetBlock(view, top, header.row - 1) : null;
  const indicators: Indicator[] = [];
  let group = '';
  let groupAt: { row: number; col: number } | null = null;
  let level2 = '';
  let unlabelledTotal = -1;
  const groupCells: { text: string; at: { row: number; col: number } }[] = []; // also those over rows still blank
  const budgetWeight = budget?.weight?.value.kind === 'number' ? budget.weight.value.value : ZERO;
  for (const [from, to] of segments) {
    for (let r = from; r <= to && r !== totalRow; r++) {
      const rawGroup = view.text(r, cols.group!);
      if (rawGroup.length <= 8 && norm(rawGroup) === '一级指标') continue; // a repeated header
      const rawLevel2 = cols.level2 !== undefined ? view.text(r, cols.level2) : '';
      const name = view.text(r, cols.name!);
      const weight = numberAt(view, r, cols.weight)!;
      const score = numberAt(view, r, cols.score)!;
      if (rawGroup !== '' && rawGroup !== group) {
        group = rawGroup;
        groupAt = view.master(r, cols.group!);
        level2 = '';
        groupCells.push({ text: group, at: groupAt });
      }
      if (rawLevel2 !== '') level2 = rawLevel2;
      if (name === '' && weight.value.kind === 'blank' && score.value.kind === 'blank') continue;
      if (name === '' && rawLevel2 === '' && isUnlabelledTotal(view, r, cols.group!, weight, score, indicators, budgetWeight)) {
        unlabelledTotal = r;
        break;
      }
      const target = cols.target !== undefined ? view.text(r, cols.target) : '';
      const actual = cols.actual !== undefined ? view.text(r, cols.actual) : '';
      const parsedTarget = parseTarget(target);
      indicators.push({
        row: r,
        group,
        groupAt,
        level2,
        name,
        nameCol: cols.name!,
        explanation: cols.explanation !== undefined ? view.text(r, cols.explanation) : '',
        rule: cols.rule !== undefined ? view.text(r, cols.rule) : '',
        target,
        targetCol: cols.target ?? null,
        actual,
        actualCol: cols.actual ?? null,
        weight,
        score,
        note: cols.note !== undefined ? view.text(r, cols.note) : '',
        noteCol: cols.note ?? null,
        parsedTarget,
        parsedActual: parsedTarget ? parseActual(actual, parsedTarget) : null,
      });
    }
    if (unlabelledTotal >= 0) break;
  }
  // A form has weights, or (a template not filled in yet) its group cells and a total row.
  const weighted = indicators.some((x) => x.weight.value.kind !== 'blank');
  if (!weighted && (groupCells.length === 0 || (totalRow < 0 && unlabelledTotal < 0))) return null;

  const totalAt = totalRow >= 0 ? totalRow : unlabelledTotal;
  const tableEnd = totalAt >= 0 ? totalAt : indicators[indicators.length - 1].row;
  const footer = readFooter(view, tableEnd + 1, footerLimit);
  const bottom = Math.max(tableEnd, footer.lastRow);
  const family: FormFamily = header.family;
  const budgetBlock = budget ?? (family === 'mof-2020' ? null : shanghaiBudget(fields, indicators, view));
  const gradeField = fields['绩效等级'] ?? fields['评分等级'] ?? footer.grade;

  return {
    sheet: view.name,
    family,
    top,
    left,
    bottom,
    right: Math.max(...(Object.values(cols) as number[])),
    project: fields['项目名称']?.value || null,
    fields,
    budget: budgetBlock,
    groups: groupIndicators(indicators, groupCells),
    indicators,
    headerRow: header.row,
    groupCol: cols.group!,
    weightCol: cols.weight!,
    scoreCol: cols.score!,
    total: totalAt >= 0 ? { row: totalAt, weight: numberAt(view, totalAt, cols.weight), score: numberAt(view, totalAt, cols.score)! } : null,
    grade: gradeField ?? null,
    bands: footer.bands,
    goals: readGoals(view, top, header.row - 1),
  };
}

/** A row with no labels whose weight is the whole (100, or the sum so far): the total row of a form. */
function isUnlabelledTotal(
  view: SheetView,
  row: number,
  groupCol: number,
  weight: NumberAt,
  score: NumberAt,
  before: Indicator[],
  budgetWeight: Decimal,
): boolean {
  if (before.length === 0 || weight.value.kind !== 'number' || score.value.kind !== 'number') return false;
  if (view.raw(row, groupCol) && !isBlank(view.raw(row, groupCol))) return false;
  const sofar = sum(before.map((x) => (x.weight.value.kind === 'number' ? x.weight.value.value : ZERO))).plus(budgetWeight);
  return weight.value.value.equals(100) || weight.value.value.equals(sofar);
}

function groupIndicators(indicators: Indicator[], groupCells: { text: string; at: { row: number; col: number } }[]): Group[] {
  const groups = new Map<string, Group>();
  const names = new Map<string, string>(); // the cell text of a group repeats on every row it spans
  for (const cell of groupCells) {
    const name = groupName(cell.text);
    if (!groups.has(name)) groups.set(name, { name, declared: groupDeclared(cell.text), at: cell.at, indicators: [], weightSum: ZERO, scoreSum: ZERO });
  }
  for (const x of indicators) {
    let name = names.get(x.group);
    if (name === undefined) names.set(x.group, (name = groupName(x.group)));
    let g = groups.get(name);
    if (!g) {
      g = { name, declared: groupDeclared(x.group), at: x.groupAt, indicators: [], weightSum: ZERO, scoreSum: ZERO };
      groups.set(name, g);
    }
    g.indicators.push(x);
    if (x.weight.value.kind === 'number') g.weightSum = g.weightSum.plus(x.weight.value.value);
    if (x.score.value.kind === 'number') g.scoreSum = g.scoreSum.plus(x.score.value.value);
  }
  return [...groups.values()];
}

const GROUP_WITH_WEIGHT = /^(.+?)[(]?(\d+(?:\.\d+)?)分[)]?$/;

/** `投入与管理 (36分)` → `投入与管理`. */
export function groupName(text: string): string {
  const t = norm(text);
  const m = GROUP_WITH_WEIGHT.exec(t);
  return m ? m[1] : t;
}

export function groupDeclared(text: string): Decimal | null {
  const m = GROUP_WITH_WEIGHT.exec(norm(text));
  return m ? new Decimal(m[2]) : null;
}
