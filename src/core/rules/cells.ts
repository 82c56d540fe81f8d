/** The numeric cells a form relies on, shared by the rules that judge how a number is stored. */
import type { EvaluationForm, Indicator, NumberAt } from '../model';

export type NumericRole = [at: NumberAt | null | undefined, name: string | Indicator, part: 'weight' | 'score' | null];

/** Every numeric cell the form relies on, and what a message calls it. */
export function* numericCells(form: EvaluationForm): Generator<NumericRole> {
  const b = form.budget;
  if (b) {
    yield [b.planned, '预算数', null];
    yield [b.executed, '执行数', null];
    yield [b.rate, '执行率', null];
    if (form.family === 'mof-2020') {
      yield [b.weight, '预算执行分值', null];
      yield [b.score, '预算执行得分', null];
    }
  }
  for (const x of form.indicators) {
    yield [x.weight, x, 'weight'];
    yield [x.score, x, 'score'];
  }
  if (form.total) {
    yield [form.total.weight, '合计行的权重', null];
    yield [form.total.score, '总分', null];
  }
}

/** What a message calls a cell: `预算数`, or `指标“…”的分值`. Built only for a finding: most cells have none. */
export function describeCell(form: EvaluationForm, [, name, part]: NumericRole): string {
  if (typeof name === 'string') return name;
  return `指标“${name.name}”的${part === 'score' ? '得分' : form.family === 'mof-2020' ? '分值' : '权重'}`;
}
