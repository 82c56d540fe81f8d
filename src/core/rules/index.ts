/**
 * The published rules (REPORT.md), one module each: id, severity, Chinese title and description, and the
 * check. A rule id, once published, keeps its meaning; new rules are added at the end of this list.
 * `level-blank` is this engine's addition: a first-level cell left blank.
 */
import budgetScore from './budget-score';
import deductionUnexplained from './deduction-unexplained';
import executionRate from './execution-rate';
import executionRatePrecision from './execution-rate-precision';
import floatArtifact from './float-artifact';
import gradeBand from './grade-band';
import groupMissing from './group-missing';
import groupWeightStandard from './group-weight-standard';
import groupWeightSum from './group-weight-sum';
import levelBlank from './level-blank';
import notANumber from './not-a-number';
import numberAsText from './number-as-text';
import overachievement from './overachievement';
import scoreMissing from './score-missing';
import scoreRange from './score-range';
import scoreRule from './score-rule';
import totalSum from './total-sum';
import totalWeight from './total-weight';
import budgetFromParts from './budget-from-parts';
import budgetScoreMissing from './budget-score-missing';
import partUnread from './part-unread';
import totalOverFull from './total-over-full';
import groupColumnAbsent from './group-column-absent';
import type { Severity } from './types';

export type { Rule, RuleContext, Severity } from './types';

/** Every rule in the order of the README's table. */
export const RULE_LIST = [
  groupWeightSum,
  totalWeight,
  scoreRange,
  scoreMissing,
  totalSum,
  gradeBand,
  executionRate,
  budgetScore,
  notANumber,
  groupWeightStandard,
  deductionUnexplained,
  numberAsText,
  floatArtifact,
  groupMissing,
  levelBlank,
  scoreRule,
  overachievement,
  executionRatePrecision,
  budgetScoreMissing,
  budgetFromParts,
  totalOverFull,
  // After every rule that reads groups: it names those skipped for want of a 一级指标 column.
  groupColumnAbsent,
  // Last: it names the rules skipped because a part of the form could not be read.
  partUnread,
] as const;

export type RuleId = (typeof RULE_LIST)[number]['id'];

export interface RuleInfo {
  severity: Severity;
  title: string;
  description: string;
}

export const RULES = Object.fromEntries(
  RULE_LIST.map((r) => [r.id, { severity: r.severity, title: r.title, description: r.description }]),
) as Record<RuleId, RuleInfo>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  row: number;
  col: number;
  /** A1 address on `sheet`. */
  cell: string;
  message: string;
}
