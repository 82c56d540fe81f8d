import { isBlank, type SheetView } from './grid';
import { parseBands } from './grades';
import { budgetColumnOf, type BudgetColumn, fieldLabelOf, FOOTER_LABEL, isTotalLabel, mayBeLabel, mayBeTotalLabel } from './labels';
import { scanSheet, type TableHeader } from './locate';
import type { BudgetBlock, EvaluationForm, Group, Indicator, Located, NumberAt } from './model';
import { readNumericCell } from './numbers';
import type { FormFamily } from './profiles';
import { Decimal, sum, ZERO } from './decimal';
import { parseActual, parseTarget } from './targets';
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
    const top = titleTop(view, anchor ?? header.row, previousEnd, left);
    // The table runs to its total row; a header repeated after a page break (no new 项目名称 before it)
    // continues the same table.
    const segments: [number, number][] = [];
    let j = i;
    let totalRow = -1;
    for (;;) {
      const next = headers[j + 1];
      const nextNameRow = lastBetween(nameRows, headers[j].row, next ? next.row : view.rowCount);
      const limit = Math.min(next ? next.row - 1 : view.rowCount - 1, nextNameRow !== null ? nextNameRow - 1 : Infinity);
      const found = findTotalRow(view, header, headers[j].row + 1, limit);
      segments.push([headers[j].row + 1, found >= 0 ? found : limit]);
      if (found >= 0) totalRow = found;
      const repeat = found < 0 && next && nextNameRow === null && !isNewForm(view, headers[j].row, next.row);
      if (!repeat) break;
      j++;
    }
    const nextHeader = headers[j + 1];
    const tableEnd = segments[segments.length - 1][1];
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
    if (!/自评|年度|绩效/.test(text) || fieldLabelOf(text) || text.includes(FOOTER_LABEL + ':')) break;
    top = r;
  }
  return top;
}

/** A second header row starts a new form (not a page-break repeat) when a title stands between. */
function isNewForm(view: SheetView, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) if (/自评表|自评价/.test(rowText(view, r))) return true;
  return false;
}

function rowText(view: SheetView, row: number, fromCol = 0): string {
  let text = '';
  const length = view.rowLength(row);
  for (let c = fromCol; c < length; c++) {
    const v = view.raw(row, c)?.value;
    if (typeof v === 'string') text += norm(v);
  }
  return text;
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

function numberAt(view: SheetView, row: number, col: number | undefined): NumberAt | null {
  if (col === undefined) return null;
  return { row, col, value: readNumericCell(view.raw(row, col)) };
}

function readForm(
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
  if (indicators.length === 0 || !indicators.some((x) => x.weight.value.kind !== 'blank')) return null;

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
    groups: groupIndicators(indicators),
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

function groupIndicators(indicators: Indicator[]): Group[] {
  const groups = new Map<string, Group>();
  const names = new Map<string, string>(); // the cell text of a group repeats on every row it spans
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

/** Header fields: a label cell, then its value after the colon or in the next filled cell to the right. */
function readFields(view: SheetView, top: number, bottom: number): Record<string, Located<string>> {
  const fields: Record<string, Located<string>> = {};
  for (let r = top; r <= bottom; r++) {
    const length = view.rowLength(r);
    for (let c = 0; c < length; c++) {
      const v = view.raw(r, c)?.value;
      if (typeof v !== 'string' || v.length > 40) continue;
      const label = fieldLabelOf(v);
      if (!label || fields[label.field]) continue;
      if (label.rest !== '') {
        const colon = v.search(/[:：]/);
        fields[label.field] = { row: r, col: c, value: colon >= 0 ? v.slice(colon + 1).trim() : label.rest };
        continue;
      }
      let value: Located<string> = { row: r, col: c + 1, value: '' };
      for (let k = c + 1; k < length; k++) {
        if (view.isMergedAway(r, k)) continue;
        const text = view.text(r, k);
        if (text === '') continue;
        if (fieldLabelOf(text)) break;
        value = { row: r, col: k, value: text };
        break;
      }
      fields[label.field] = value;
    }
  }
  return fields;
}

/** Form B: the 项目资金 block, its header row and the 年度资金总额 row. */
function readBudgetBlock(view: SheetView, top: number, bottom: number): BudgetBlock | null {
  for (let r = top; r <= bottom; r++) {
    const columns: Partial<Record<BudgetColumn, number>> = {};
    let rateHeader = '';
    let unit = '元';
    for (let c = 0; c < view.rowLength(r); c++) {
      const v = view.raw(r, c)?.value;
      if (typeof v !== 'string' || v.length > 20 || !mayBeLabel(v)) continue;
      const t = norm(v);
      const column = budgetColumnOf(t);
      if (column && columns[column] === undefined) columns[column] = c;
      if (column === 'rate') rateHeader = t;
      if (t.startsWith('项目资金') && t.includes('万元')) unit = '万元';
    }
    if (columns.executed === undefined || (columns.adjusted === undefined && columns.initial === undefined)) continue;
    for (let k = r + 1; k <= bottom && k <= r + 6; k++) {
      let isTotal = false;
      for (let c = 0; c < view.rowLength(k); c++) {
        const v = view.raw(k, c)?.value;
        if (typeof v === 'string' && norm(v).startsWith('年度资金总额')) isTotal = true;
      }
      if (!isTotal) continue;
      for (let up = r; up >= top && up >= r - 1; up--) {
        for (let c = 0; c < view.rowLength(up); c++) {
          const v = view.raw(up, c)?.value;
          if (typeof v === 'string' && v.includes('万元')) unit = '万元';
        }
      }
      const rate = numberAt(view, k, columns.rate);
      return {
        planned: numberAt(view, k, columns.adjusted ?? columns.initial),
        executed: numberAt(view, k, columns.executed),
        weight: numberAt(view, k, columns.weight),
        rate,
        ratePoints: ratePoints(rate, rateHeader.includes('(%)')),
        score: numberAt(view, k, columns.score),
        unit,
      };
    }
  }
  return null;
}

/** True when a rate cell holds percentage points (98.52) rather than a fraction (0.9852 or `98.52%`). */
function ratePoints(rate: NumberAt | null, headerSaysPercent: boolean): boolean {
  if (!rate || rate.value.kind !== 'number') return headerSaysPercent;
  if (rate.value.percent) return false;
  return headerSaysPercent || rate.value.value.greaterThan(1.5);
}

/** Form A: the budget figures of the header and the 预算执行率 indicator's weight and score. */
function shanghaiBudget(fields: Record<string, Located<string>>, indicators: Indicator[], view: SheetView): BudgetBlock | null {
  const fieldNumber = (name: string): NumberAt | null => {
    const f = fields[name];
    if (!f) return null;
    const cell = view.raw(f.row, f.col);
    const inLabelCell = typeof cell?.value === 'string' && fieldLabelOf(cell.value)?.field === name;
    const value = readNumericCell(inLabelCell ? { value: f.value } : cell);
    // A value typed after the label in the label's own cell is text by nature, not a number stored as text.
    if (inLabelCell && value.kind === 'number') value.asText = false;
    return { row: f.row, col: f.col, value };
  };
  const rateIndicator = indicators.find((x) => norm(x.name) === '预算执行率');
  const planned = fieldNumber('当年预算数');
  const executed = fieldNumber('预算执行数');
  const rate = fieldNumber('预算执行率');
  if (!planned && !executed && !rate && !rateIndicator) return null;
  return {
    planned,
    executed,
    weight: rateIndicator?.weight ?? null,
    rate,
    ratePoints: ratePoints(rate, false),
    score: rateIndicator?.score ?? null,
    unit: '元',
  };
}

/** After the total row: a grade row (`评分等级 | 优`) and the 说明 with its grade bands. */
function readFooter(view: SheetView, from: number, to: number) {
  let bands = null;
  let grade: Located<string> | null = null;
  let lastRow = -1;
  let footerText = '';
  for (let r = from; r <= to; r++) {
    const text = rowText(view, r);
    if (text === '') continue;
    if (/一级指标|项目名称|自评表|自评价/.test(text) || /^\(\d{4}年度\)$/.test(text)) break;
    lastRow = r;
    for (let c = 0; c < view.rowLength(r); c++) {
      const label = fieldLabelOf(view.text(r, c));
      if (!grade && label && (label.field === '评分等级' || label.field === '绩效等级')) {
        let value: Located<string> = { row: r, col: c + 1, value: '' };
        for (let k = c + 1; k < view.rowLength(r); k++) {
          if (!view.isMergedAway(r, k) && view.text(r, k) !== '') {
            value = { row: r, col: k, value: view.text(r, k) };
            break;
          }
        }
        grade = value;
      }
    }
    footerText += text + '\n';
  }
  if (footerText.includes('等级')) bands = parseBands(footerText);
  return { bands, grade, lastRow };
}

/** Form B: 预期目标 and 实际完成情况 texts, in the row below their labels. */
function readGoals(view: SheetView, top: number, bottom: number): { expected: string; actual: string } | null {
  for (let r = top; r <= bottom; r++) {
    let expectedCol = -1;
    let actualCol = -1;
    for (let c = 0; c < view.rowLength(r); c++) {
      const v = view.raw(r, c)?.value;
      if (typeof v !== 'string' || v.length > 12) continue;
      const t = norm(v);
      if (t === '预期目标') expectedCol = c;
      if (t === '实际完成情况') actualCol = c;
    }
    if (expectedCol >= 0 && r + 1 <= bottom) {
      return { expected: view.text(r + 1, expectedCol), actual: actualCol >= 0 ? view.text(r + 1, actualCol) : '' };
    }
  }
  return null;
}
