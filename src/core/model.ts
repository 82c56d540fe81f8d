import type { Decimal } from './decimal';
import type { NumericCell } from './numbers';
import type { FormFamily, GradeBand, Scheme } from './profiles';
import type { Actual, Target } from './targets';

/** A cell of a form, read: where it is and what it holds. */
export interface Located<T> {
  row: number;
  col: number;
  value: T;
}

/** A numeric cell of a form, with where it stands. */
export type NumberAt = Located<NumericCell>;

export interface Indicator {
  row: number;
  group: string;
  /** Where the first-level cell of the indicator's group stands. */
  groupAt: { row: number; col: number } | null;
  level2: string;
  name: string;
  nameCol: number;
  /** Form A: 指标解释; form A′: 评分规则 ('' where the form has no such column). */
  explanation: string;
  rule: string;
  target: string;
  /** The target's cell: the adjusted one (`调整指标值`) where filled in, else the original's. */
  targetCol: number | null;
  /** The target is the one adjusted during the year (`调整指标值`), not the year's original. */
  targetAdjusted: boolean;
  actual: string;
  actualCol: number | null;
  weight: NumberAt;
  score: NumberAt;
  note: string;
  noteCol: number | null;
  parsedTarget: Target | null;
  parsedActual: Actual | null;
}

/** How a message names an indicator's target: `调整后目标 ≥60公里` where the year's adjusted one is used. */
export function targetPhrase(x: Pick<Indicator, 'target' | 'targetAdjusted'>): string {
  return `${x.targetAdjusted ? '调整后目标' : '目标'} ${x.target}`;
}

export interface Group {
  name: string;
  /** The weight the first-level cell declares (`投入与管理 (36分)`), where it does. */
  declared: Decimal | null;
  at: { row: number; col: number } | null;
  indicators: Indicator[];
  /** The sums of the group's indicator weights and printed scores (blanks count 0). */
  weightSum: Decimal;
  scoreSum: Decimal;
}

export interface BudgetBlock {
  planned: NumberAt | null;
  executed: NumberAt | null;
  /** Form B: the 分值 cell. Form A: the 预算执行率 indicator's weight. */
  weight: NumberAt | null;
  rate: NumberAt | null;
  /** True when the rate column holds percentage points (`执行率(%)` with 98.52), not fractions. */
  ratePoints: boolean;
  /** Form B: the 得分 cell. Form A: the 预算执行率 indicator's score. */
  score: NumberAt | null;
  unit: string;
  /**
   * Where 年度资金总额 is blank or 0 and the `其中` rows hold the money: the amounts are their sum, and
   * these are the rows summed (empty when the total row's own amounts were read).
   */
  fromParts: { label: string; row: number }[];
}

/** The parts of a form a check relies on. */
export type Part = 'budget' | 'target' | 'actual' | 'weight' | 'score' | 'note' | 'total';
/** `absent`: the form has no such part by design; `unread`: it has one that could not be read. */
export type PartState = 'read' | 'unread' | 'absent';
export const PARTS: Part[] = ['budget', 'target', 'actual', 'weight', 'score', 'note', 'total'];

export interface EvaluationForm {
  sheet: string;
  family: FormFamily;
  top: number;
  left: number;
  bottom: number;
  right: number;
  project: string | null;
  fields: Record<string, Located<string>>;
  budget: BudgetBlock | null;
  groups: Group[];
  indicators: Indicator[];
  /** The table header row and the column the groups are read from (-1 where there is none). */
  headerRow: number;
  groupCol: number;
  /**
   * The level the groups are read from: 1, the 一级指标 column; 2, a table with no 一级指标 column whose 二级指标
   * stand in for it; null, a table with neither (one list of indicators, one unnamed group). The checks that
   * need first-level groups are skipped where they are not, and said so (`group-column-absent`).
   */
  groupLevel: 1 | 2 | null;
  /** -1 where the form has no per-indicator weight column. */
  weightCol: number;
  scoreCol: number;
  total: { row: number; weight: NumberAt | null; score: NumberAt } | null;
  grade: Located<string> | null;
  /** Bands the form's 说明 states, where it does. */
  bands: GradeBand[] | null;
  goals: { expected: string; actual: string } | null;
  /** Which parts were read, and where each part that could not be read stands (its label, or the cell). */
  parts: Record<Part, PartState>;
  /** `isValue`: the cell is a value that reads as no number (else a label the vocabulary does not know). */
  unread: Partial<Record<Part, { row: number; col: number; text: string; isValue?: boolean }>>;
  /** The scheme the form's first-level groups follow, where it is not its profile's own (决策 / 过程 / 产出 / 效益). */
  scheme: Scheme | null;
}
