/** The parts of a form around its table: header fields, the budget figures, the goals and the 说明 footer. */
import { rowText, type SheetView } from './grid';
import { parseBands } from './grades';
import { Decimal, ZERO } from './decimal';
import { budgetColumnOf, type BudgetColumn, budgetRowOf, fieldLabelOf, mayBeLabel } from './labels';
import type { BudgetBlock, Indicator, Located, NumberAt } from './model';
import { exactNumber, readNumericCell } from './numbers';
import { norm } from './text';
import { BUDGET_BLOCK_WORDS } from './vocabulary';

export function numberAt(view: SheetView, row: number, col: number | undefined): NumberAt | null {
  if (col === undefined) return null;
  return { row, col, value: readNumericCell(view.raw(row, col)) };
}

/** Header fields: a label cell, then its value after the colon or in the next filled cell to the right. */
export function readFields(view: SheetView, top: number, bottom: number): Record<string, Located<string>> {
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
      // An empty value goes in the first cell after the label's own merged area, never inside it.
      let value: Located<string> = { row: r, col: firstFreeAfter(view, r, c), value: '' };
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

/** A cell where a part of the form stands, with its text (for a `part-unread` message). */
export interface PartCell {
  row: number;
  col: number;
  text: string;
}

/**
 * Form B: the 项目资金 block — its header row (columns in any order, any wording of the vocabulary), the
 * 年度资金总额 row and the `其中` rows below it. `unreadAt` is where a block stands that could not be read:
 * its header without a total row, or a total row without a header the reader knows.
 */
export function readBudgetBlock(view: SheetView, top: number, bottom: number): { block: BudgetBlock | null; unreadAt: PartCell | null } {
  let unreadAt: PartCell | null = null;
  for (let r = top; r <= bottom; r++) {
    const columns: Partial<Record<BudgetColumn, number>> = {};
    let rateUnit = '';
    let unit = '元';
    let first: PartCell | null = null;
    for (let c = 0; c < view.rowLength(r); c++) {
      const v = view.raw(r, c)?.value;
      if (typeof v !== 'string' || v.length > 24) continue;
      if (v.includes('万元')) unit = '万元';
      if (!mayBeLabel(v)) continue;
      const found = budgetColumnOf(v);
      if (!found) continue;
      first ??= { row: r, col: c, text: v.trim() };
      if (columns[found.column] === undefined) columns[found.column] = c;
      if (found.column === 'rate') rateUnit = found.unit;
    }
    if (columns.executed === undefined || (columns.adjusted === undefined && columns.initial === undefined)) {
      if (!unreadAt) unreadAt = first ? unknownBudgetHeader(view, r) ?? first : budgetLabelIn(view, r);
      continue;
    }
    const inline = inlineBlock(view, top, r, columns, rateUnit, unit);
    if (inline) return { block: inline, unreadAt: null };
    const rows = budgetRows(view, r + 1, Math.min(bottom, r + 6));
    rows.total ??= unlabelledTotalRow(view, r, columns);
    if (!rows.total) {
      unreadAt = first;
      continue;
    }
    for (let up = r; up >= top && up >= r - 1; up--) {
      for (let c = 0; c < view.rowLength(up); c++) {
        const v = view.raw(up, c)?.value;
        if (typeof v === 'string' && v.includes('万元')) unit = '万元';
      }
    }
    const k = rows.total;
    const plannedCol = columns.adjusted ?? columns.initial;
    const amountAt = (row: number, col: number | undefined) => inBlockUnit(numberAt(view, row, col), unit);
    let planned = amountAt(k, plannedCol);
    let executed = amountAt(k, columns.executed);
    const fromParts: { label: string; row: number }[] = [];
    // 年度资金总额 left blank or 0 while the `其中` rows hold the money: their sum stands for it.
    const empty = (at: NumberAt | null) => !at || at.value.kind === 'blank' || (at.value.kind === 'number' && at.value.value.isZero());
    if ((empty(planned) || empty(executed)) && rows.parts.length > 0) {
      const partSum = (col: number | undefined) => {
        let total = ZERO;
        let any = false;
        for (const p of rows.parts) {
          const v = amountAt(p.row, col)?.value;
          if (v?.kind === 'number') {
            total = total.plus(v.value);
            any = any || !v.value.isZero();
          }
        }
        return any ? total : null;
      };
      const plannedSum = empty(planned) ? partSum(plannedCol) : null;
      const executedSum = empty(executed) ? partSum(columns.executed) : null;
      if (plannedSum || executedSum) {
        for (const p of rows.parts) fromParts.push({ label: p.label, row: p.row });
        if (plannedSum && planned) planned = { ...planned, value: exactNumber(plannedSum) };
        if (executedSum && executed) executed = { ...executed, value: exactNumber(executedSum) };
      }
    }
    // The 衔接资金 forms print 分值 and 得分 on the `其中` row as well, or only there.
    const onTotalOrPart = (col: number | undefined) => {
      const own = numberAt(view, k, col);
      if (!own || own.value.kind !== 'blank') return own;
      for (const p of rows.parts) {
        const there = numberAt(view, p.row, col);
        if (there && there.value.kind === 'number') return there;
      }
      return own;
    };
    const rate = numberAt(view, k, columns.rate);
    return {
      block: {
        planned,
        executed,
        weight: columns.weight !== undefined ? onTotalOrPart(columns.weight) : pointsInHeader(view, r),
        rate,
        ratePoints: ratePoints(rate, rateUnit === '%'),
        score: onTotalOrPart(columns.score),
        unit,
        fromParts,
      },
      unreadAt: null,
    };
  }
  return { block: null, unreadAt };
}

/**
 * A block with no 分值 column that prints its points in a header label (`预算执行情况(万元)(20分)`,
 * `得分(20分*执行率)`): those points are its weight, located at that label.
 */
function pointsInHeader(view: SheetView, row: number): NumberAt | null {
  for (let c = 0; c < view.rowLength(row); c++) {
    const v = view.raw(row, c)?.value;
    if (typeof v !== 'string' || v.length > 40) continue;
    const m = /\((\d+(?:\.\d+)?)分/.exec(norm(v));
    if (m) return { row, col: c, value: exactNumber(new Decimal(m[1])) };
  }
  return null;
}

/**
 * A block whose amounts stand right of their labels on one row (Hebei's county export: `预算数 | 6.84 | 到位数 |
 * 6.84 | 执行数 | 6.84 | 100.00`), the rate's label (`预算执行进度(%)`) over its figure on the row above: that row
 * is the total row. The unit is the block's, or the form's `金额单位：万元`.
 */
function inlineBlock(
  view: SheetView,
  top: number,
  row: number,
  columns: Partial<Record<BudgetColumn, number>>,
  rateUnit: string,
  unit: string,
): BudgetBlock | null {
  const beside = (col: number | undefined) => {
    if (col === undefined) return undefined;
    let c = col + 1;
    while (view.isMergedAway(row, c)) c++;
    return readNumericCell(view.raw(row, c)).kind === 'number' ? c : undefined;
  };
  const plannedCol = beside(columns.adjusted) ?? beside(columns.initial);
  const executedCol = beside(columns.executed);
  if (plannedCol === undefined || executedCol === undefined) return null;
  // Rate, weight and score: beside their label on the same row, or under their label on the row above.
  const above: Partial<Record<BudgetColumn, number>> = {};
  let unitAbove = rateUnit;
  for (let c = 0; row > top && c < view.rowLength(row - 1); c++) {
    const v = view.raw(row - 1, c)?.value;
    if (typeof v !== 'string' || v.length > 24) continue;
    const found = budgetColumnOf(v);
    if (found && above[found.column] === undefined) above[found.column] = c;
    if (found?.column === 'rate') unitAbove = found.unit;
  }
  const valueOf = (part: 'rate' | 'weight' | 'score') => {
    const col = beside(columns[part]) ?? above[part];
    return col !== undefined ? numberAt(view, row, col) : null;
  };
  let blockUnit = unit;
  for (let r = top; r < row && blockUnit !== '万元'; r++) if (/金额单位[:：]?万元/.test(rowText(view, r).replace(/\s/g, ''))) blockUnit = '万元';
  const rate = valueOf('rate');
  return {
    planned: inBlockUnit(numberAt(view, row, plannedCol), blockUnit),
    executed: inBlockUnit(numberAt(view, row, executedCol), blockUnit),
    weight: valueOf('weight'),
    rate,
    ratePoints: ratePoints(rate, (beside(columns.rate) !== undefined ? rateUnit : unitAbove) === '%'),
    score: valueOf('score'),
    unit: blockUnit,
    fromParts: [],
  };
}

/** `372.29万元` typed in a block headed `（万元）` is 372.29 of the block's unit, not 3,722,900. */
function inBlockUnit(at: NumberAt | null, unit: string): NumberAt | null {
  const v = at?.value;
  if (!at || unit !== '万元' || v?.kind !== 'number' || !v.asText || !/万/.test(v.text ?? '')) return at;
  return { ...at, value: { ...v, value: v.value.dividedBy(10_000), places: Math.max(0, v.value.dividedBy(10_000).decimalPlaces()) } };
}

/** The 年度资金总额 row and the `其中` rows under a budget header. */
function budgetRows(view: SheetView, from: number, to: number): { total: number | null; parts: { row: number; label: string }[] } {
  let total: number | null = null;
  const parts: { row: number; label: string }[] = [];
  for (let k = from; k <= to; k++) {
    for (let c = 0; c < view.rowLength(k); c++) {
      const v = view.raw(k, c)?.value;
      if (typeof v !== 'string' || v.length > 24) continue;
      const kind = budgetRowOf(v);
      if (kind === 'total' && total === null) total = k;
      else if (kind === 'part' && total !== null) parts.push({ row: k, label: v.trim() });
      if (kind) break;
    }
  }
  return { total, parts };
}

/**
 * A block of one line whose row has no label of its own (Chongqing's 部门整体绩效自评表: the block's label
 * `部门预算执行情况（万元）` merged down over it): the row right under the header is the total row where every
 * cell left of the block's columns is blank and one of its columns holds a number.
 */
function unlabelledTotalRow(view: SheetView, header: number, columns: Partial<Record<BudgetColumn, number>>): number | null {
  const row = header + 1;
  if (row >= view.rowCount) return null;
  const cols = Object.values(columns) as number[];
  const first = Math.min(...cols);
  for (let c = 0; c < first; c++) {
    if (view.isMergedAway(row, c) && view.master(row, c).row === header) continue;
    if (view.text(row, c) !== '') return null;
  }
  return cols.some((c) => readNumericCell(view.raw(row, c)).kind === 'number') ? row : null;
}

/** The first header cell of a budget row that names no budget column: the wording the reader lacks. */
function unknownBudgetHeader(view: SheetView, row: number): PartCell | null {
  for (let c = 0; c < view.rowLength(row); c++) {
    const v = view.raw(row, c)?.value;
    if (typeof v !== 'string' || v.trim() === '' || v.length > 24) continue;
    const t = norm(v);
    if (budgetColumnOf(v) || BUDGET_BLOCK_WORDS.some((w) => t.startsWith(w))) continue;
    return { row, col: c, text: v.trim() };
  }
  return null;
}

/** A cell that shows the form has a budget block (`项目资金`, `年度资金总额`), where the block itself was not read. */
function budgetLabelIn(view: SheetView, row: number): PartCell | null {
  for (let c = 0; c < view.rowLength(row); c++) {
    const v = view.raw(row, c)?.value;
    if (typeof v !== 'string' || v.length > 24) continue;
    const t = norm(v);
    if (BUDGET_BLOCK_WORDS.some((w) => t.startsWith(w))) return { row, col: c, text: v.trim() };
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
export function shanghaiBudget(fields: Record<string, Located<string>>, indicators: Indicator[], view: SheetView): BudgetBlock | null {
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
    fromParts: [],
  };
}

/** After the total row: a grade row (`评分等级 | 优`) and the 说明 with its grade bands. */
export function readFooter(view: SheetView, from: number, to: number) {
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
        let value: Located<string> = { row: r, col: firstFreeAfter(view, r, c), value: '' };
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
export function readGoals(view: SheetView, top: number, bottom: number): { expected: string; actual: string } | null {
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

/** The first column right of `col` on `row` that no merged area hides. */
function firstFreeAfter(view: SheetView, row: number, col: number): number {
  let c = col + 1;
  while (view.isMergedAway(row, c)) c++;
  return c;
}
