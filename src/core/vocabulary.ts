/**
 * Every wording the reader knows, as data. Published forms name the same parts in many ways — the national
 * form as provinces print it (`全年预算数（A）`), provincial system exports (`调整后预算数`, `完成值`), the
 * 衔接资金 forms (`全年实际值`, `未完成原因及拟采取的改进措施`). A region's new wording is one more string in
 * one of these lists; `labelKey` folds what varies in print (brackets, spaces, line breaks, letter markers,
 * units, colons) before a label is looked up, so each list holds the bare words only.
 */

/** Indicator-table columns. */
export const TABLE_WORDS = {
  group: ['一级指标', '项目权重', '分解目标'],
  /** The points of a first-level group in a column of their own, beside its name (`管理指标 | 30`). */
  groupWeight: ['自评权重', '一级指标权重', '一级指标分值'],
  level2: ['二级指标'],
  /** The points of a second-level label in a column of their own (`决策过程 | 8`). */
  level2Weight: ['二级指标权重', '二级指标分值'],
  name: ['三级指标', '指标名称', '指标名称(三级指标)', '评价内容'],
  explanation: ['指标解释'],
  rule: ['评分规则', '评分标准', '指标说明及评分标准', '评分标准及说明', '评价标准', '评价标准及依据'],
  /** A target split over columns (`指标性质 | 指标值 | 度量单位`): the comparator, and the unit. */
  targetKind: ['指标性质', '指标方向', '符号'],
  target: ['年度指标值', '指标值', '年度目标值', '目标值', '预期指标值', '全年指标值', '年度目标', '年初指标值', '年初目标值'],
  /** A target adjusted during the year, beside the original (Chongqing's `年初指标值 | 调整指标值`): where filled, it is the target. */
  adjustedTarget: ['调整指标值', '调整后指标值', '调整后目标值', '全年调整指标值', '调整后的指标值'],
  targetUnit: ['度量单位', '计量单位', '单位', '单位(文字描述)'],
  actual: ['实际完成值', '实际值', '完成值', '全年实际值', '全年完成值', '实际完成情况', '年度完成值', '实际完成指标值', '年终完成值', '单项指标实际完成值'],
  weight: ['权重', '分值', '分数', '权重分', '参考分值', '权重(分)', '指标分值', '标准分值', '指标权重', '权重占比'],
  score: ['自评分', '自评得分', '得分', '评分', '实际得分', '指标得分', '单项指标折算得分'],
  note: [
    '备注',
    '偏差原因分析及改进措施',
    '偏差原因分析',
    '偏差原因/改进措施',
    '偏差原因',
    '未完成原因及拟采取的改进措施',
    '未完成原因分析',
    '未完成原因',
    '原因',
    '原因分析',
    '偏差原因分析及改进措施说明',
    '偏差及原因分析',
  ],
} as const;

/** Budget-block columns. `weight` is the 分值 of the budget line, `score` its 得分. */
export const BUDGET_WORDS = {
  initial: ['年初预算数', '年初预算'],
  adjusted: ['全年预算数', '调整后预算数', '调整后预算', '全年预算', '预算数', '全年(调整)预算数'],
  executed: ['全年执行数', '执行数', '预算执行数', '全年执行'],
  weight: ['分值', '分数', '权重', '执行率权重'],
  rate: ['执行率', '预算执行率', '预算执行进度'],
  score: ['得分', '执行率得分'],
} as const;

/** Budget-block rows: the row of the whole amount, and the `其中` rows that break it down. */
export const BUDGET_ROW_WORDS = {
  total: ['年度资金总额', '资金总额', '年度资金总额合计', '项目资金总额', '总额', '年度财政资金总额'],
  part: ['当年财政拨款', '财政拨款', '上年结转资金', '上年结转', '其他资金', '财政资金', '本级财政资金', '上级补助资金', '衔接资金', '衔接推进乡村振兴补助资金', '财政专户管理资金', '单位资金', '中央、市级补助', '中央补助', '市级补助', '省级补助', '县级资金', '市级资金', '省级资金', '中央资金'],
} as const;

/** The label that opens the budget block (`项目资金（万元）`), and words that show a form has one. */
export const BUDGET_BLOCK_WORDS = ['项目资金', '年度资金总额', '资金总额', '预算资金', '预算执行情况', '年度预算数'];

/** Header fields by their canonical names. A field label may carry a unit `（元）` and a colon. */
export const FIELD_WORDS = {
  项目名称: ['项目名称', '专项(项目)名称', '专项名称'],
  预算单位: ['预算单位'],
  具体实施处: ['具体实施处', '具体实施处(科室)'],
  是否为经常性项目: ['是否为经常性项目'],
  当年预算数: ['当年预算数'],
  上年预算金额: ['上年预算金额'],
  预算执行数: ['预算执行数'],
  预算执行率: ['预算执行率'],
  项目年度总目标: ['项目年度总目标'],
  自评时间: ['自评时间'],
  绩效等级: ['绩效等级', '自评等级'],
  主要绩效: ['主要绩效'],
  主要问题: ['主要问题'],
  改进措施: ['改进措施'],
  主管部门: ['主管部门'],
  实施单位: ['实施单位'],
  评分等级: ['评分等级'],
  /** A total printed in a header field rather than on a total row. */
  自评得分: ['自评得分', '自评总分', '自评分数', '项目总得分'],
} as const;

export type FieldName = keyof typeof FIELD_WORDS;

/** Labels of the row that closes the indicator table. */
export const TOTAL_WORDS = ['合计', '总分', '总计', '合计得分', '总得分', '得分合计', '分值合计', '总分合计', '自评总分'];

/** Rows inside the table that are no indicators: remarks and unfilled template rows. */
export const NOT_INDICATOR_WORDS = ['其他需要说明事项', '其他需要说明的事项', '其他说明事项', '说明', '……', '…', '...', '......', '无', '/'];
/** Template rows left as printed: `指标1`, `指标2` … */
export const TEMPLATE_ROW = /^(?:(?:三级)?指标|\.\.\.)\d*$/;

/** Words before a target value that state its comparator (`指标性质` column). */
export const TARGET_KIND_WORDS: Record<string, string> = {
  正向指标: '≥',
  正向: '≥',
  反向指标: '≤',
  反向: '≤',
  定性指标: '',
  定性: '',
  定量指标: '',
  定量: '',
};

export const FOOTER_WORD = '说明';

/**
 * Words by which a header cell the reader does not know still shows which part it holds: a column whose
 * part is missing and whose header carries one of these is that part, unread (`执行结果` → actual).
 */
export const PART_HINTS = {
  target: ['目标', '指标值'],
  actual: ['实际', '完成', '执行', '结果'],
  weight: ['分值', '权重'],
  score: ['得分', '自评分'],
  note: ['原因', '备注', '措施', '偏差'],
} as const;

// Letter markers `(A)` `(B)` `(B/A)` `(C=B/A)`, units `(万元)` `(元)` `(%)` `(分)`, and the colon after a label.
const MARKER = /\([A-Z](?:[=/][A-Z])*\)/g;
const UNIT = /\((万元|元|%|分|科室)\)/g;

/**
 * A label as looked up: NFKC (full-width brackets and letters folded), no whitespace or line breaks, no letter
 * markers, no units and no trailing colon. `unit` keeps the unit the label printed, which matters (`执行率(%)`
 * holds percentage points, `项目资金(万元)` amounts in 万元).
 */
export function labelKey(text: string): { key: string; unit: string } {
  // The same few dozen labels recur form after form: each is folded once (a bound keeps memory flat).
  let known = KEYS.get(text);
  if (!known) {
    if (KEYS.size >= 20_000) KEYS.clear();
    KEYS.set(text, (known = foldLabel(text)));
  }
  return known;
}

const KEYS = new Map<string, { key: string; unit: string }>();

function foldLabel(text: string): { key: string; unit: string } {
  let t = text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  let unit = '';
  t = t.replace(UNIT, (_, u: string) => {
    if (!unit) unit = u;
    return '';
  });
  t = t.replace(MARKER, '').replace(/[:：]+$/, '');
  return { key: t, unit };
}

/** A lookup from every wording's key to its canonical name. */
export function indexWords<K extends string>(words: Record<K, readonly string[]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const [name, list] of Object.entries(words) as [K, readonly string[]][]) {
    for (const w of list) {
      const { key } = labelKey(w);
      if (!index.has(key)) index.set(key, name);
    }
  }
  return index;
}
