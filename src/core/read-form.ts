/** One form read: its indicator rows (merged and blank level cells continued), groups and total row. */
import { Decimal, showPercent, sum, ZERO } from './decimal';
import { isBlank, type SheetView } from './grid';
import type { Segment, TableHeader } from './locate';
import type { EvaluationForm, Group, Indicator, NumberAt } from './model';
import { type FormFamily, schemeOf } from './profiles';
import { isNotIndicator } from './labels';
import type { BudgetBlock, Part, PartState } from './model';
import { exactNumber, readNumericCell } from './numbers';
import { numberAt, type PartCell, readBudgetBlock, readFields, readFooter, readGoals, shanghaiBudget } from './read-header';
import { PART_HINTS, TARGET_KIND_WORDS } from './vocabulary';
import { parseActual, parseTarget } from './targets';
import { norm } from './text';

export function readForm(
  view: SheetView,
  header: TableHeader,
  top: number,
  left: number,
  segments: Segment[],
  totalRow: number,
  footerLimit: number,
): EvaluationForm | null {
  const fields = readFields(view, top, header.row - 1);
  const budgetRead = header.family === 'mof-2020' ? readBudgetBlock(view, top, header.row - 1) : { block: null, unreadAt: null };
  const budget = budgetRead.block;
  const percentWeights = weightsInPercent(view, segments, totalRow);
  const indicators: Indicator[] = [];
  let group = '';
  let groupAt: { row: number; col: number } | null = null;
  let level2 = '';
  let unlabelledTotal = -1;
  const groupCells: { text: string; at: { row: number; col: number } }[] = []; // also those over rows still blank
  const budgetWeight = budget?.weight?.value.kind === 'number' ? budget.weight.value.value : ZERO;
  // Points a table without a weight column prints in its level labels (`产出指标 40分`, `数量指标 15分`), per group.
  const labelPoints = new Map<string, { upper: Map<string, Decimal>; lower: Map<string, Decimal> }>();
  for (const segment of segments) {
    const { from, to } = segment;
    const cols = segment.header.columns;
    const groupCol = groupColumnOf(cols);
    const outer = sameColumns(segment.header, header) ? null : outerGroupCol(view, segment, left);
    for (let r = from; r <= to && r !== totalRow; r++) {
      const levelOne = groupCol !== undefined ? view.text(r, groupCol) : '';
      if (levelOne.length <= 8 && /^[一二]级指标$/.test(norm(levelOne))) continue; // a repeated header
      // A table under a level above 一级指标 (`项目绩效 85分`, in a column with no header): that level is the group.
      const rawGroup = outer !== null ? view.text(r, outer) : levelOne;
      const rawLevel2 = cols.level2 !== undefined ? view.text(r, cols.level2) : '';
      // No weight column, and the indicator's label prints its points (`相关性(5 分)`): they are its weight.
      const labelled = cols.weight === undefined ? labelWeight(view, r, cols.name!) : null;
      const name = labelled?.name ?? view.text(r, cols.name!);
      const weight = labelled?.weight ?? weightAt(view, r, cols.weight, percentWeights);
      const score = cellOrBlank(view, r, cols.score);
      // A caption across the table (`项目年度目标1：…` over the next table) is no indicator, nor a group.
      if (isCaption(view, r, cols) && weight.value.kind === 'blank' && score.value.kind === 'blank') continue;
      // Remarks (`其他需要说明事项`) and unfilled template rows (`指标2`, `……`) are no indicators, nor groups.
      if (isNotIndicator(rawGroup) && rawGroup !== group) continue;
      if (isNotIndicator(rawLevel2) || (isNotIndicator(name) && weight.value.kind === 'blank' && score.value.kind === 'blank')) continue;
      if (rawGroup !== '' && rawGroup !== group) {
        group = rawGroup;
        groupAt = view.master(r, outer ?? groupCol!);
        level2 = '';
        groupCells.push({ text: withGroupPoints(group, view, r, cols.groupWeight), at: groupAt });
      }
      if (rawLevel2 !== '') level2 = rawLevel2;
      if (cols.weight === undefined) notePoints(labelPoints, view, r, groupName(group), outer !== null ? groupCol! : null, groupCol === cols.level2 ? undefined : cols.level2);
      // A second-level label left without an indicator (no name, no weight, at most a 0 score) is a template leftover.
      if (name === '' && weight.value.kind === 'blank' && (score.value.kind === 'blank' || (score.value.kind === 'number' && score.value.value.isZero()))) continue;
      if (name === '' && rawLevel2 === '' && isUnlabelledTotal(view, r, groupCol, weight, score, indicators, budgetWeight)) {
        unlabelledTotal = r;
        break;
      }
      // A target adjusted during the year replaces the original where it is filled in.
      const adjusted = cols.adjustedTarget !== undefined ? targetText(view, r, cols, cols.adjustedTarget) : '';
      const target = adjusted !== '' ? adjusted : targetText(view, r, cols);
      const actual = cols.actual !== undefined ? shownText(view, r, cols.actual) : '';
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
        targetCol: adjusted !== '' ? cols.adjustedTarget! : cols.target ?? null,
        targetAdjusted: adjusted !== '',
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
  // A national form may also be found by its targets and actuals alone (a page cut short, a form with no 分值).
  const cols = header.columns;
  const weighted = indicators.some((x) => x.weight.value.kind !== 'blank' || (x.weight.col < 0 && x.score.value.kind !== 'blank'));
  const stated = header.family === 'mof-2020' && indicators.some((x) => x.name !== '' && (x.target !== '' || x.actual !== ''));
  // A page cut short right under the table's header: the form is still found by its budget block, which is checked;
  // nothing is claimed of the table it does not show.
  const headerOnly = indicators.length === 0 && groupCells.length === 0 && budget !== null;
  if (!weighted && !stated && !headerOnly && (groupCells.length === 0 || (totalRow < 0 && unlabelledTotal < 0))) return null;

  const totalAt = totalRow >= 0 ? totalRow : unlabelledTotal;
  // No total row: a total printed in a header field (`自评得分：92`) stands for it.
  const totalField = totalAt < 0 ? fields['自评得分'] : undefined;
  const fieldTotal = totalField ? numberAt(view, totalField.row, totalField.col) : null;
  const tableEnd = totalAt >= 0 ? totalAt : indicators.length > 0 ? indicators[indicators.length - 1].row : header.row;
  const footer = readFooter(view, tableEnd + 1, footerLimit);
  const bottom = Math.max(tableEnd, footer.lastRow);
  const family: FormFamily = header.family;
  const budgetBlock = budget ?? (family === 'mof-2020' ? null : shanghaiBudget(fields, indicators, view));
  const total: EvaluationForm['total'] =
    totalAt >= 0 && cols.score !== undefined
      ? { row: totalAt, weight: cols.weight !== undefined ? weightAt(view, totalAt, cols.weight, percentWeights) : null, score: cellOrBlank(view, totalAt, cols.score) }
      : fieldTotal && fieldTotal.value.kind !== 'blank'
        ? { row: fieldTotal.row, weight: null, score: fieldTotal }
        : null;
  const gradeField = fields['绩效等级'] ?? fields['评分等级'] ?? footer.grade;
  const groups = groupIndicators(indicators, groupCells);
  // A group whose rows have no weights of their own weighs what its level labels print: the upper level's points
  // where its labels carry them (`产出指标 40分`), else the lower's (`数量指标 15分`).
  for (const g of groups) {
    const points = labelPoints.get(g.name);
    const printed = points && (points.upper.size > 0 ? points.upper : points.lower);
    if (printed && !g.indicators.some((x) => x.weight.value.kind === 'number')) g.weightSum = g.weightSum.plus(sum([...printed.values()]));
  }

  return {
    sheet: view.name,
    family,
    top,
    left,
    bottom,
    right: Math.max(...segments.flatMap((s) => Object.values(s.header.columns) as number[])),
    project: fields['项目名称']?.value || null,
    fields,
    budget: budgetBlock,
    groups,
    indicators,
    headerRow: header.row,
    groupCol: groupColumnOf(cols) ?? -1,
    groupLevel: cols.group !== undefined ? 1 : cols.level2 !== undefined ? 2 : null,
    weightCol: cols.weight ?? -1,
    scoreCol: cols.score ?? -1,
    total,
    grade: gradeField ?? null,
    bands: footer.bands,
    goals: readGoals(view, top, header.row - 1),
    ...partsOf(view, header, segments, indicators, budgetBlock, budgetRead.unreadAt, total),
    scheme: schemeOf(groups.map((g) => g.name)),
  };
}

/**
 * Which parts of the form were read. A column the form's family has and the header does not name is
 * `unread` where the header row holds a label the vocabulary does not know (the column is there, under
 * another name), else `absent`; a number column whose every filled cell is no number is `unread`.
 */
function partsOf(
  view: SheetView,
  header: TableHeader,
  segments: Segment[],
  indicators: Indicator[],
  budget: BudgetBlock | null,
  budgetUnread: PartCell | null,
  total: EvaluationForm['total'],
): Pick<EvaluationForm, 'parts' | 'unread'> {
  // The form's columns are those of all its tables' headers, the first header's where two name the same part.
  const cols: TableHeader['columns'] = Object.assign({}, ...segments.map((s) => s.header.columns).reverse());
  const isB = segments.some((s) => s.header.family === 'mof-2020');
  const parts: Record<Part, PartState> = { budget: 'absent', target: 'absent', actual: 'absent', weight: 'absent', score: 'absent', note: 'absent', total: total ? 'read' : 'absent' };
  const unread: EvaluationForm['unread'] = {};
  const unknown = unknownHeaders(view, header);
  // A missing column is unread where a header the reader does not know hints at it, each at its own cell.
  const column = (part: keyof typeof PART_HINTS) => {
    if (cols[part] !== undefined) {
      parts[part] = 'read';
      return;
    }
    const i = unknown.findIndex((h) => PART_HINTS[part].some((w) => h.text.includes(w)));
    if (i < 0) return;
    parts[part] = 'unread';
    unread[part] = unknown[i];
    unknown.splice(i, 1);
  };
  for (const part of ['target', 'actual', 'weight', 'score', 'note'] as const) {
    // Target and actual columns belong to the national layout; a form without both has neither by design.
    if ((part === 'target' || part === 'actual') && (!isB || (cols.target === undefined && cols.actual === undefined))) continue;
    column(part);
  }
  // Weights printed in the indicators' own labels (`相关性(5 分)`) are read, though no column holds them.
  if (parts.weight === 'absent' && indicators.some((x) => x.weight.value.kind === 'number')) parts.weight = 'read';
  for (const part of ['weight', 'score'] as const) {
    if (cols[part] === undefined) continue;
    const cells = indicators.map((x) => x[part]).filter((at) => at.value.kind !== 'blank');
    if (cells.length > 0 && cells.every((at) => at.value.kind === 'invalid')) {
      parts[part] = 'unread';
      unread[part] = { row: cells[0].row, col: cells[0].col, text: cells[0].value.kind === 'invalid' ? cells[0].value.text : '', isValue: true };
    }
  }
  // A total whose cell holds no number (`九十八分`) cannot be checked against its parts.
  if (total?.score.value.kind === 'invalid') {
    parts.total = 'unread';
    unread.total = { row: total.score.row, col: total.score.col, text: total.score.value.text, isValue: true };
  }
  if (budget) parts.budget = 'read';
  else if (budgetUnread) {
    parts.budget = 'unread';
    unread.budget = budgetUnread;
  }
  return { parts, unread };
}

/** Header cells of the table that name no column the reader knows, left of the last known one. */
function unknownHeaders(view: SheetView, header: TableHeader): PartCell[] {
  const known = new Set(Object.values(header.columns) as number[]);
  const last = Math.max(...known);
  const out: PartCell[] = [];
  for (let c = Math.min(...known); c <= last + 2 && c < view.rowLength(header.row) + 2; c++) {
    if (known.has(c) || view.isMergedAway(header.row, c)) continue;
    const text = view.text(header.row, c);
    if (text !== '' && text.length <= 30) out.push({ row: header.row, col: c, text: norm(text) });
  }
  return out;
}

/** A cell's text as it shows: a number formatted as a percentage reads `115.25%`, not 1.1525. */
function shownText(view: SheetView, row: number, col: number): string {
  const cell = view.cell(row, col);
  if (typeof cell?.value !== 'number') return view.text(row, col);
  const v = readNumericCell(cell);
  return v.kind === 'number' && v.percent ? showPercent(v.value, v.places) : view.text(row, col);
}

/** The target as one text: `指标性质 | 指标值 | 度量单位` columns joined (`≥` `90` `%` → `≥90%`); `col` is its value's column. */
function targetText(view: SheetView, row: number, cols: TableHeader['columns'], col = cols.target): string {
  const value = col !== undefined ? shownText(view, row, col) : '';
  if (cols.targetKind === undefined && cols.targetUnit === undefined) return value;
  if (value === '') return '';
  const kindText = cols.targetKind !== undefined ? norm(view.text(row, cols.targetKind)) : '';
  const kind = TARGET_KIND_WORDS[kindText] ?? kindText;
  // A unit glossed in brackets (`%(百分比)`, as Hebei's export prints it) is the unit before them.
  const unit = cols.targetUnit !== undefined ? view.text(row, cols.targetUnit).replace(/^([^(（]+)[(（][^)）]*[)）]$/, '$1') : '';
  const startsWithComparator = /^[<>=≥≤≧≦═﹦＝]|^(不|大于|小于|至少|达到|等于)/.test(norm(value));
  const withUnit = unit !== '' && !norm(value).endsWith(norm(unit)) && /\d$/.test(norm(value)) ? value + unit : value;
  return startsWithComparator ? withUnit : kind + withUnit;
}

/** Weights printed as percentages (`20%` meaning 20 points), judged on the whole column. */
function weightsInPercent(view: SheetView, segments: Segment[], totalRow: number): boolean {
  let percent = 0;
  let plain = 0;
  for (const { from, to, header } of segments) {
    const col = header.columns.weight;
    if (col === undefined) continue;
    for (let r = from; r <= to && r !== totalRow; r++) {
      const v = readNumericCell(view.raw(r, col));
      if (v.kind !== 'number' || v.value.isZero()) continue;
      if (v.percent) percent++;
      else plain++;
    }
  }
  return percent > 0 && percent >= plain;
}

/**
 * The column the groups are read from: 一级指标, or where a table has none (Chongqing's 部门整体绩效自评表), its
 * 二级指标; undefined where it has neither, and its indicators form one unnamed group.
 */
function groupColumnOf(cols: TableHeader['columns']): number | undefined {
  return cols.group ?? cols.level2;
}

/** A header repeated after a page break names the same columns; a second table's header does not. */
function sameColumns(a: TableHeader, b: TableHeader): boolean {
  const keys = new Set([...Object.keys(a.columns), ...Object.keys(b.columns)]) as Set<keyof TableHeader['columns']>;
  return [...keys].every((k) => a.columns[k] === b.columns[k]);
}

/**
 * The column left of a second table's 一级指标 that has no header of its own but holds the level above it on
 * its first row (`项目绩效 85分`, as `项目决策 2分` stands under the first table's 项目权重), or null.
 */
function outerGroupCol(view: SheetView, { from, header }: Segment, left: number): number | null {
  if (header.columns.group === undefined) return null;
  const col = header.columns.group - 1;
  if (col < left || view.text(header.row, col) !== '' || Object.values(header.columns).includes(col)) return null;
  return view.text(from, col) !== '' ? col : null;
}

/** A row whose one merged cell spans its 一级指标 and indicator-name columns: a caption, not an indicator. */
function isCaption(view: SheetView, row: number, cols: TableHeader['columns']): boolean {
  const first = groupColumnOf(cols);
  if (first === undefined) return false;
  const a = view.master(row, first);
  const b = view.master(row, cols.name!);
  return first !== cols.name && a.row === b.row && a.col === b.col && view.text(row, first) !== '';
}

/** Records the points a level label prints (`产出指标 40分`), once per label cell, under its group. */
function notePoints(
  points: Map<string, { upper: Map<string, Decimal>; lower: Map<string, Decimal> }>,
  view: SheetView,
  row: number,
  group: string,
  upperCol: number | null,
  lowerCol: number | undefined,
) {
  let entry = points.get(group);
  if (!entry) points.set(group, (entry = { upper: new Map(), lower: new Map() }));
  const note = (col: number | null | undefined, into: Map<string, Decimal>) => {
    if (col === null || col === undefined) return;
    const at = view.master(row, col);
    const declared = groupDeclared(view.text(row, col));
    if (declared) into.set(`${at.row},${at.col}`, declared);
  };
  note(upperCol, entry.upper);
  note(lowerCol, entry.lower);
}

/** A number cell of a column the form may not have: blank (at column -1) where it has none. */
function cellOrBlank(view: SheetView, row: number, col: number | undefined): NumberAt {
  return col === undefined ? { row, col: -1, value: { kind: 'blank' } } : numberAt(view, row, col)!;
}

/** A weight cell, in points: `20%` in a column of percentages is 20; a form with no weight column has none. */
function weightAt(view: SheetView, row: number, col: number | undefined, percent: boolean): NumberAt {
  const at = cellOrBlank(view, row, col);
  const v = at.value;
  if (!percent || v.kind !== 'number' || !v.percent) return at;
  return { ...at, value: { ...v, value: v.value.times(100), percent: false, places: v.places } };
}

/** A row with no labels whose weight is the whole (100, or the sum so far): the total row of a form. */
function isUnlabelledTotal(
  view: SheetView,
  row: number,
  groupCol: number | undefined,
  weight: NumberAt,
  score: NumberAt,
  before: Indicator[],
  budgetWeight: Decimal,
): boolean {
  if (before.length === 0 || weight.value.kind !== 'number' || score.value.kind !== 'number') return false;
  if (groupCol !== undefined && view.raw(row, groupCol) && !isBlank(view.raw(row, groupCol))) return false;
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

// `投入与管理 (36分)`, `效益指标 30分)`, and points in brackets with no 分 (`产出指标 (50)`, Hunan).
const GROUP_WITH_WEIGHT = /^(.+?)(?:[(]?(\d+(?:\.\d+)?)分[)]?|[(](\d+(?:\.\d+)?)[)])$/;

/** A group's points printed in a column of their own (`管理指标 | 30`) read as if its label carried them. */
function withGroupPoints(label: string, view: SheetView, row: number, col: number | undefined): string {
  if (col === undefined || groupDeclared(label)) return label;
  const points = readNumericCell(view.raw(row, col));
  return points.kind === 'number' ? `${label}(${points.value.toString()}分)` : label;
}

const NAME_WITH_POINTS = /^(.+?)\((\d+(?:\.\d+)?)分\)$/;

/** An indicator label that prints its points (`相关性(5 分)`): its name without them, and the points as its weight. */
function labelWeight(view: SheetView, row: number, col: number): { name: string; weight: NumberAt } | null {
  const m = NAME_WITH_POINTS.exec(norm(view.text(row, col)));
  if (!m) return null;
  return { name: m[1], weight: { row, col, value: exactNumber(new Decimal(m[2])) } };
}

/** `投入与管理 (36分)` → `投入与管理`. */
export function groupName(text: string): string {
  const t = norm(text);
  const m = GROUP_WITH_WEIGHT.exec(t);
  return m ? m[1] : t;
}

export function groupDeclared(text: string): Decimal | null {
  const m = GROUP_WITH_WEIGHT.exec(norm(text));
  return m ? new Decimal(m[2] ?? m[3]) : null;
}
