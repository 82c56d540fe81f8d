import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook, type AnalyzedForm, type ProfileOverrides, type WorkbookGrid } from '../../src/core';
import { readWorkbookGrid } from '../../src/xlsx';

export const FIXTURES = join(__dirname, '..', 'fixtures');

const xlsxIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => join(dir, f));
/** Every workbook the tests hold (seeds, variants, dialects, the published corpus). */
export const ALL_WORKBOOKS = [...xlsxIn(FIXTURES), ...xlsxIn(join(FIXTURES, 'variants')), ...xlsxIn(join(__dirname, '..', 'corpus'))];
/** The copies LibreOffice saved (committed: LibreOffice is slow to run in every test). */
export const LIBREOFFICE_SAVED = xlsxIn(join(__dirname, '..', 'xlsx', 'libreoffice'));
const label = (path: string) => path.slice(path.lastIndexOf('test/') + 5);
/** Each workbook as a decorated .xlsm (true) and as LibreOffice saved it (false): [name, path, asXlsm]. */
export const PACKAGE_CASES: [string, string, boolean][] = [
  ...ALL_WORKBOOKS.map((p): [string, string, boolean] => [`${label(p)} as .xlsm`, p, true]),
  ...LIBREOFFICE_SAVED.map((p): [string, string, boolean] => [`${label(p)} saved by LibreOffice`, p, false]),
];

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

/** The rules whose findings a write of the engine's edits fixes: the rate, budget score, total and grade cells it fills. */
const FIXED_BY_WRITE = ['budget-score', 'execution-rate', 'total-sum', 'grade-band', 'float-artifact', 'score-missing'];

/** What a write of every edit should have fixed and did not, as `sheet!cell rule`. */
export function unfixedAfterWrite(grid: WorkbookGrid): string[] {
  return analyzeWorkbook(grid).flatMap((f) => f.report.problems.filter((p) => FIXED_BY_WRITE.includes(p.rule)).map((p) => `${f.form.sheet}!${p.cell} ${p.rule}`));
}

/** The cells (`sheet!row,col`) that differ between two workbooks in value, formula or number format. */
export function changedCells(before: WorkbookGrid, after: WorkbookGrid): string[] {
  const a = cellMap(before);
  const b = cellMap(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

function cellMap(grid: WorkbookGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of grid.sheets) {
    sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell && out.set(`${sheet.name}!${r},${c}`, JSON.stringify([cell.value, cell.formula ?? null, cell.numFmt ?? null]))));
  }
  return out;
}
