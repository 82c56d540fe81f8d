import { a1 } from './address';
import { budgetFigures, type BudgetFigures, gradeFor, numberOf, suggestionOf, totals, type Totals } from './compute';
import { Decimal, HUNDRED, roundTo, show, showPercent, sum, ZERO } from './decimal';
import { sameGrade } from './grades';
import type { BudgetBlock, EvaluationForm, Group, Indicator, NumberAt } from './model';
import type { Profile } from './profiles';
import { RULES, type Finding, type RuleId } from './rules';
import { achievementRatio, type Suggestion } from './targets';

/** Everything the checker found on one form, with the figures it computed on the way. */
export interface FormCheck {
  findings: Finding[];
  figures: BudgetFigures | null;
  totals: Totals;
  /** Each indicator's rule-based suggestion, computed once for the checks, the report and the edits. */
  suggestions: Map<Indicator, Suggestion>;
}

export function checkForm(form: EvaluationForm, profile: Profile): FormCheck {
  const out: Finding[] = [];
  const add = (rule: RuleId, row: number, col: number, message: string) =>
    out.push({ rule, severity: RULES[rule].severity, sheet: form.sheet, row, col, cell: a1(row, col), message: bounded(message) });
  const figures = budgetFigures(form, profile);
  const suggestions = new Map(form.indicators.map((x) => [x, suggestionOf(x, profile)]));
  const t = totals(form, figures, suggestions);

  checkCells(form, add);
  checkWeights(form, profile, figures, t, add);
  checkScores(form, t, suggestions, add);
  if (figures) checkBudget(form, profile, figures, add);
  checkTotal(form, t, figures, add);
  checkGrade(form, profile, t, add);

  out.sort((a, b) => a.row - b.row || a.col - b.col || a.rule.localeCompare(b.rule));
  return { findings: out, figures, totals: t, suggestions };
}

type Add = (rule: RuleId, row: number, col: number, message: string) => void;

/** A message quotes cells: a run of 40 characters without a space or mark (50 MB of digits) is cut short. */
function bounded(message: string): string {
  return message.replace(/[^\s，。；：、“”（）]{41,}/g, (run) => `${run.slice(0, 20)}…（共 ${run.length} 个字符）`);
}

/** Every numeric cell the form relies on, and what a message calls it. */
function* numericCells(form: EvaluationForm): Generator<[NumberAt | null | undefined, string | Indicator, 'weight' | 'score' | null]> {
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

function checkCells(form: EvaluationForm, add: Add) {
  for (const [at, name, part] of numericCells(form)) {
    const v = at?.value;
    if (!at || !v || v.kind === 'blank' || (v.kind === 'number' && !v.asText && !v.floatTail)) continue;
    // The description is built only for a finding: most cells have none.
    const what = typeof name === 'string' ? name : `指标“${name.name}”的${part === 'score' ? '得分' : form.family === 'mof-2020' ? '分值' : '权重'}`;
    const cell = a1(at.row, at.col);
    if (v.kind === 'invalid') {
      add('not-a-number', at.row, at.col, `${what}（${cell}）为“${v.text}”，无法读成数字；应填写数字`);
    } else if (v.kind === 'number' && v.asText) {
      const asNumber = v.percent ? showPercent(v.value, v.places) : show(v.value);
      add('number-as-text', at.row, at.col, `${what}（${cell}）“${v.text}”以文本存储，Excel 不会把它计入求和；应改为数字 ${asNumber}`);
    }
    if (v.kind === 'number' && v.floatTail) {
      add('float-artifact', at.row, at.col, `${what}（${cell}）为 ${v.text ?? v.value.toString()}，带有二进制浮点尾数；应为 ${show(v.value)}`);
    }
  }
}

function checkWeights(form: EvaluationForm, profile: Profile, figures: BudgetFigures | null, t: Totals, add: Add) {
  const isWeighted = (g: Group) => g.indicators.some((x) => numberOf(x.weight) !== null);
  // A form with no score yet is being drafted (a template): only the groups already weighted are checked.
  const drafting = !t.hasScores && !form.groups.every(isWeighted);
  const weighted = form.indicators.filter((x) => numberOf(x.weight) !== null);
  if (weighted.length === 0 && form.indicators.length > 0) return;
  for (const g of form.groups) {
    if (drafting && !isWeighted(g)) continue;
    if (g.declared && !g.weightSum.equals(g.declared) && g.at) {
      add('group-weight-sum', g.at.row, g.at.col, `一级指标“${g.name}”声明 ${show(g.declared)} 分，其下指标权重合计 ${show(g.weightSum)}；应为 ${show(g.declared)}`);
    }
  }
  const budgetWeight = form.family === 'mof-2020' ? figures?.weight ?? ZERO : ZERO;
  const all = sum(form.groups.map((g) => g.weightSum)).plus(budgetWeight);
  const declaredTotal = numberOf(form.total?.weight);
  const where = form.total?.weight ?? { row: form.headerRow, col: form.weightCol };
  const withBudget = budgetWeight.isZero() ? '' : `（含预算执行分值 ${show(budgetWeight)}）`;
  // While drafting, the total is checked only once every group has its weights.
  if (!drafting && !all.equals(100)) {
    add('total-weight', where.row, where.col, `全部权重合计 ${show(all)}${withBudget}；应为 100`);
  } else if (!drafting && declaredTotal && !declaredTotal.equals(all)) {
    add('total-weight', where.row, where.col, `合计行的权重为 ${show(declaredTotal)}，各项权重之和为 ${show(all)}${withBudget}；应为 ${show(all)}`);
  }

  const present = new Map(form.groups.map((g) => [g.name, g]));
  const headerCell = { row: form.headerRow, col: form.groupCol };
  for (const standard of profile.groups) {
    if (!present.has(standard.name)) {
      add('group-missing', headerCell.row, headerCell.col, `缺少标准一级指标“${standard.name}”（${profile.id} 标准权重 ${standard.weight}）`);
    }
  }
  for (const x of form.indicators) {
    if (x.group === '') add('level-blank', x.row, form.groupCol, `指标“${x.name || '（无名称）'}”的一级指标为空；应填写它所属的一级指标`);
  }
  if (all.equals(100)) {
    const actual = form.groups.filter((g) => g.name !== '').map((g) => ({ name: g.name, weight: g.declared ?? g.weightSum }));
    const differs =
      actual.some((g) => {
        const standard = profile.groups.find((s) => s.name === g.name);
        return !standard || !g.weight.equals(standard.weight);
      });
    const anchor = form.groups.find((g) => g.at)?.at;
    if (differs && anchor) {
      const list = (items: { name: string; weight: Decimal | number }[]) => items.map((g) => `${g.name} ${show(new Decimal(g.weight))}`).join('、');
      add('group-weight-standard', anchor.row, anchor.col, `一级指标权重为 ${list(actual)}，与 ${profile.id} 标准（${list(profile.groups)}）不同，请确认是否经批准调整`);
    }
  }
}

function checkScores(form: EvaluationForm, t: Totals, suggestions: Map<Indicator, Suggestion>, add: Add) {
  for (const x of form.indicators) {
    const weight = numberOf(x.weight);
    const score = numberOf(x.score);
    const at = x.score;
    if (score !== null && weight !== null && (score.isNegative() || score.greaterThan(weight))) {
      add('score-range', at.row, at.col, `指标“${x.name}”的得分 ${show(score)} 超出 0 至 ${show(weight)} 的范围；应在 0 至 ${show(weight)} 之间`);
    } else if (score !== null && score.isNegative()) {
      add('score-range', at.row, at.col, `指标“${x.name}”的得分 ${show(score)} 小于 0；应在 0 至权重之间`);
    }
    const suggestion = suggestions.get(x)!;
    if (score === null && weight !== null && t.hasScores && x.score.value.kind === 'blank') {
      const hint = suggestion.score ? `（按规则建议 ${show(suggestion.score)}）` : '';
      add('score-missing', at.row, at.col, `指标“${x.name}”有权重 ${show(weight)} 但得分为空，而其他指标已评分；应填写 0 至 ${show(weight)} 之间的得分${hint}`);
    }
    if (score !== null && weight !== null && score.lessThan(weight) && x.noteCol !== null && x.note === '') {
      add('deduction-unexplained', at.row, at.col, `指标“${x.name}”扣了 ${show(weight.minus(score))} 分（${show(score)} / ${show(weight)}），${a1(x.row, x.noteCol)} 未说明原因；应写明扣分原因`);
    }
    if (score !== null && suggestion.quantitative && suggestion.score && !score.equals(suggestion.score) && !roundTo(score, 2).equals(suggestion.score)) {
      add('score-rule', at.row, at.col, `指标“${x.name}”目标 ${x.target}、实际 ${x.actual}，按规则得分应为 ${show(suggestion.score)}，表中为 ${show(score)}`);
    }
    const ratio = achievementRatio(x.parsedTarget, x.parsedActual);
    if (ratio && ratio.greaterThanOrEqualTo(1.2) && x.actualCol !== null) {
      add('overachievement', x.row, x.actualCol, `指标“${x.name}”实际完成 ${x.actual}，为目标 ${x.target} 的 ${showPercent(ratio, 0)}，目标值可能定得偏低`);
    }
  }
}

function checkBudget(form: EvaluationForm, profile: Profile, f: BudgetFigures, add: Add) {
  const b = form.budget!;
  if (f.rate && f.declaredRate && b.rate) checkRate(b.rate, f.rate, f.declaredRate, f.ratePlaces, b, add);
  const score = b.score;
  if (!score || f.declaredScore === null || !f.acceptedScores || !f.ruleScore) return;
  const declared = roundTo(f.declaredScore, 2);
  const basis = f.rate ?? f.declaredRate!;
  const { low, high } = f.acceptedScores;
  const ok = profile.rateScoreBands ? declared.greaterThanOrEqualTo(low) && declared.lessThanOrEqualTo(high) : declared.equals(low) || declared.equals(high);
  if (ok) return;
  if (profile.rateScoreBands) {
    const range = low.equals(high) ? `为 ${show(low)}` : `在 ${show(low)} 至 ${show(high)} 之间（按比例为 ${show(f.ruleScore)}）`;
    add('budget-score', score.row, score.col, `预算执行率 ${showPercent(basis)}，按评分规则“预算执行率”得分应${range}，表中为 ${show(f.declaredScore)}`);
  } else {
    add('budget-score', score.row, score.col, `预算执行率 ${showPercent(basis)}，按规则得分应为 ${show(f.ruleScore)}（分值 ${show(f.weight!)} × ${showPercent(basis)}），表中为 ${show(f.declaredScore)}`);
  }
}

/** 0.01 percentage point, as a fraction: how far a printed rate may stand from the computed one. */
const RATE_TOLERANCE = new Decimal('0.0001');

/**
 * The printed rate against 执行数 / 预算数, compared as fractions: a rate of `places` percent decimals is a
 * fraction of `places + 2` decimals. The common case, printed as rounded, settles with one rounding.
 */
function checkRate(at: NumberAt, rate: Decimal, declared: Decimal, places: number, b: BudgetBlock, add: Add) {
  const halfUp = roundTo(rate, places + 2, 'half-up');
  if (halfUp.equals(declared) || roundTo(rate, places + 2, 'truncate').equals(declared)) return;
  const cell = a1(at.row, at.col);
  const printed = showPercent(declared, places);
  const closeEnough = declared.minus(rate).abs().lessThanOrEqualTo(RATE_TOLERANCE);
  const wholePercent = roundTo(rate, 2, 'half-up').equals(declared) || roundTo(rate, 2, 'truncate').equals(declared);
  if (!closeEnough && !wholePercent) {
    add('execution-rate', at.row, at.col, `执行率 ${cell} 为 ${printed}，按执行数 ${show(numberOf(b.executed)!)} / 预算数 ${show(numberOf(b.planned)!)} 计算应为 ${showPercent(rate, 2)}`);
  } else {
    const exact = rate.times(HUNDRED).toDecimalPlaces(4).toString();
    add('execution-rate-precision', at.row, at.col, `执行率 ${cell} 印为 ${printed}，实际为 ${exact}%，按 ${places} 位小数应为 ${showPercent(halfUp, places)}`);
  }
}

function checkTotal(form: EvaluationForm, t: Totals, f: BudgetFigures | null, add: Add) {
  if (!form.total || t.declared === null || !t.hasScores) return;
  const declared = roundTo(t.declared, 2);
  const computed = roundTo(t.computed, 2);
  if (declared.equals(computed)) return;
  const at = form.total.score;
  const budgetPart = form.family === 'mof-2020' && f?.declaredScore ? `（含预算执行得分 ${show(f.declaredScore)}）` : '';
  add('total-sum', at.row, at.col, `总分 ${a1(at.row, at.col)} 为 ${show(declared)}，各项得分之和为 ${show(computed)}${budgetPart}；应为 ${show(computed)}`);
}

function checkGrade(form: EvaluationForm, profile: Profile, t: Totals, add: Add) {
  const g = form.grade;
  if (!g || g.value === '' || !t.hasScores) return;
  const basis = t.declared ?? t.computed;
  const expected = gradeFor(basis, form, profile);
  if (expected && !sameGrade(g.value, expected)) {
    add('grade-band', g.row, g.col, `等级 ${a1(g.row, g.col)} 为“${g.value}”，总分 ${show(roundTo(basis, 2))} 按等级标准应为“${expected}”`);
  }
}
