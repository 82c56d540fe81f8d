/** The parts of a form around its table: header fields, the budget figures, the goals and the 说明 footer. */
import { rowText, type SheetView } from './grid';
import { parseBands } from './grades';
import { budgetColumnOf, type BudgetColumn, fieldLabelOf, mayBeLabel } from './labels';
import type { BudgetBlock, Indicator, Located, NumberAt } from './model';
import { readNumericCell } from './numbers';
import { norm } from './text';

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

/** Form B: the 项目资金 block, its header row and the 年度资金总额 row. */
export function readBudgetBlock(view: SheetView, top: number, bottom: number): BudgetBlock | null {
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
