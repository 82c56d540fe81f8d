import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook, type AnalyzedForm, type ProfileOverrides } from '../../src/core';
import { readWorkbookGrid } from '../../src/xlsx';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export async function analyzeFile(path: string, overrides: ProfileOverrides = {}): Promise<AnalyzedForm[]> {
  return analyzeWorkbook(await readWorkbookGrid(readFileSync(path)), overrides);
}

export async function analyzeFixture(name: string, overrides: ProfileOverrides = {}): Promise<AnalyzedForm[]> {
  return analyzeFile(join(FIXTURES, name), overrides);
}

/** `rule cell` strings, sorted: the exact set of findings of a form. */
export function findingKeys(form: AnalyzedForm): string[] {
  return form.report.problems.map((p) => `${p.rule} ${p.cell}`).sort();
}
