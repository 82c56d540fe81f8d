/** Each rule lives in one module named after its id, with its severity, Chinese title and description. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_LIST, RULES } from '../../src/core/rules';
import { analyzeFixture } from '../helpers/workbooks';

const dir = join(__dirname, '../../src/core/rules');
const HELPERS = new Set(['index', 'types', 'cells', 'weighting', 'rate']);

test('one module per rule, named by its id, and every module listed', () => {
  const modules = readdirSync(dir).map((f) => f.replace(/\.ts$/, '')).filter((f) => !HELPERS.has(f));
  expect(modules.sort()).toEqual(RULE_LIST.map((r) => r.id).sort());
});

test.each(RULE_LIST.map((r) => [r.id, r] as const))('%s states its severity, title and description in Chinese', (id, rule) => {
  expect(['error', 'warning', 'info']).toContain(rule.severity);
  expect(rule.title).toMatch(/[\u4e00-\u9fa5]/);
  expect(rule.description).toMatch(/[\u4e00-\u9fa5]/);
  expect(RULES[id]).toEqual({ severity: rule.severity, title: rule.title, description: rule.description });
});

/** Each rule's fixture: a workbook, a sheet and the cell where the rule fires (the workbooks are built by test/fixtures). */
const EXAMPLES: Record<string, [file: string, sheet: string, cell: string]> = {
  'group-weight-sum': ['variants/broken.xlsx', '权重之和不符', 'A19'],
  'total-weight': ['variants/broken.xlsx', '权重之和不符', 'D25'],
  'score-range': ['variants/broken.xlsx', '得分超出权重', 'H14'],
  'score-missing': ['variants/broken.xlsx', '漏评', 'H14'],
  'total-sum': ['variants/broken.xlsx', '漏评', 'H27'],
  'grade-band': ['variants/broken.xlsx', '等级不符', 'B8'],
  'execution-rate': ['variants/broken.xlsx', '执行率算错', 'G6'],
  'budget-score': ['variants/broken.xlsx', '执行率算错', 'H6'],
  'not-a-number': ['variants/broken.xlsx', '权重写成文字', 'G14'],
  'group-weight-standard': ['variants/broken.xlsx', '一级指标空白', 'B14'],
  'deduction-unexplained': ['variants/broken.xlsx', '缺少满意度指标', 'H16'],
  'number-as-text': ['variants/broken.xlsx', '文本数字', 'B4'],
  'float-artifact': ['seed-001.xlsx', '残疾人事业综合保障经费', 'H28'],
  'group-missing': ['variants/broken.xlsx', '缺少满意度指标', 'B12'],
  'level-blank': ['variants/broken.xlsx', '一级指标空白', 'B13'],
  'score-rule': ['variants/broken.xlsx', '得分超出权重', 'H14'],
  'overachievement': ['variants/dialects.xlsx', '百分比实际值', 'F19'],
  'execution-rate-precision': ['variants/broken.xlsx', '权重之和不符', 'F5'],
  'budget-score-missing': ['variants/dialects.xlsx', '预算得分空白', 'H6'],
  'budget-from-parts': ['variants/dialects.xlsx', '其中行资金', 'D6'],
  'part-unread': ['variants/dialects.xlsx', '预算栏未识别', 'C5'],
  'total-over-full': ['variants/dialects.xlsx', '无权重列超分', 'G20'],
  'group-column-absent': ['variants/dialects.xlsx', '重庆无一级指标', 'B7'],
};

test('every rule has a fixture', () => expect(Object.keys(EXAMPLES).sort()).toEqual(RULE_LIST.map((r) => r.id).sort()));

const workbooks = new Map<string, ReturnType<typeof analyzeFixture>>();
const read = (file: string) => workbooks.get(file) ?? workbooks.set(file, analyzeFixture(file)).get(file)!;

test.each(Object.entries(EXAMPLES))('%s fires on its fixture, at its cell, with its severity and a message in Chinese', async (id, [file, sheet, cell]) => {
  const form = (await read(file)).find((f) => f.form.sheet === sheet)!;
  const found = form.report.problems.find((p) => p.rule === id && p.cell === cell);
  expect(found).toMatchObject({ severity: RULES[id as keyof typeof RULES].severity });
  expect(found!.message).toMatch(/[\u4e00-\u9fa5]/);
});
