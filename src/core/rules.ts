/**
 * The published rule ids (REPORT.md). A rule id, once published, keeps its meaning; new rules are added at
 * the end. `level-blank` is this engine's addition: a first-level cell left blank.
 */
export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  'group-weight-sum': { severity: 'error', title: '一级指标权重之和与声明不符' },
  'total-weight': { severity: 'error', title: '权重合计不为 100' },
  'score-range': { severity: 'error', title: '得分超出 0 至权重的范围' },
  'score-missing': { severity: 'error', title: '有权重的指标未评分' },
  'total-sum': { severity: 'error', title: '总分不等于各项得分之和' },
  'grade-band': { severity: 'error', title: '等级与总分不符' },
  'execution-rate': { severity: 'error', title: '预算执行率计算错误' },
  'budget-score': { severity: 'error', title: '预算执行得分不符合规则' },
  'not-a-number': { severity: 'error', title: '应为数字的单元格无法读成数字' },
  'group-weight-standard': { severity: 'warning', title: '一级指标权重与标准不同' },
  'deduction-unexplained': { severity: 'warning', title: '扣分未说明原因' },
  'number-as-text': { severity: 'warning', title: '数字以文本存储' },
  'float-artifact': { severity: 'warning', title: '数字带有浮点尾数' },
  'group-missing': { severity: 'warning', title: '缺少标准一级指标' },
  'level-blank': { severity: 'warning', title: '指标层级为空' },
  'score-rule': { severity: 'info', title: '得分与按规则计算的建议分不同' },
  overachievement: { severity: 'info', title: '实际值远超目标值' },
  'execution-rate-precision': { severity: 'info', title: '预算执行率的舍入方式不一致' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

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
