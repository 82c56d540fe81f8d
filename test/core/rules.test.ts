/** Each rule lives in one module named after its id, with its severity, Chinese title and description. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_LIST, RULES } from '../../src/core/rules';

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
