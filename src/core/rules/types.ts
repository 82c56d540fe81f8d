import type { BudgetFigures, Totals } from '../compute';
import type { EvaluationForm, Indicator, Part } from '../model';
import type { Profile } from '../profiles';
import type { Suggestion } from '../targets';

export type Severity = 'error' | 'warning' | 'info';

/** What a rule sees of one form: the form as read, its profile, and the figures computed once for all rules. */
export interface RuleContext {
  form: EvaluationForm;
  profile: Profile;
  figures: BudgetFigures | null;
  totals: Totals;
  suggestions: Map<Indicator, Suggestion>;
  /** The rules skipped for each part of the form that could not be read (for `part-unread`). */
  skipped: Map<Part, Rule[]>;
  /** The rules skipped because the form has not the level of groups they read (for `group-column-absent`). */
  ungrouped: Rule[];
  /** Records a finding of this rule at a cell of the form's sheet (0-based row and column). */
  report(row: number, col: number, message: string): void;
}

/**
 * One rule: its published id, severity, Chinese title and description, the parts of the form it reads
 * (a rule is skipped, and says so through `part-unread`, when one of them could not be read) and its check.
 */
export interface Rule<Id extends string = string> {
  id: Id;
  severity: Severity;
  title: string;
  description: string;
  /** The parts the rule reads: where one was found but could not be read, the rule is skipped. */
  needs?: Part[];
  /**
   * The groups the rule reads: `first`, the 一级指标 themselves (their standard names and weights, a blank
   * 一级指标 cell); `any`, whatever level the form groups its indicators by (a 二级指标 label that declares its
   * points). Where the form has no such level the rule is skipped, and `group-column-absent` says so.
   */
  groups?: 'first' | 'any';
  check(ctx: RuleContext): void;
}

export function defineRule<Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
