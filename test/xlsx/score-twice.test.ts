/**
 * `score` is idempotent on every workbook the tests hold (seed forms, variants, dialects, the published corpus):
 * what the first write leaves, read back, asks for no second write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook, type CellEdit } from '../../src/core';
import { scoreCells } from '../../src/cli/score-file';
import { patchWorkbook, readWorkbookGrid } from '../../src/xlsx';
import { FIXTURES } from '../helpers/workbooks';

const CORPUS = join(__dirname, '..', 'corpus');
const xlsxIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => join(dir, f));
const WORKBOOKS = [...xlsxIn(FIXTURES), ...xlsxIn(join(FIXTURES, 'variants')), ...xlsxIn(CORPUS)];

async function editsOf(bytes: Uint8Array): Promise<CellEdit[]> {
  return analyzeWorkbook(await readWorkbookGrid(bytes)).flatMap((f) => f.edits);
}

test('the tests hold the workbooks this runs over', () => {
  expect(WORKBOOKS.length).toBeGreaterThanOrEqual(15);
});

test.each(WORKBOOKS.map((w) => [w.slice(w.indexOf('test/')), w]))('%s: a second score writes nothing', async (_name, path) => {
  const first = await editsOf(readFileSync(path));
  const once = await patchWorkbook(readFileSync(path), scoreCells(first));
  const again = await editsOf(once);
  expect(again.map((e) => `${e.sheet}!${e.cell} ${JSON.stringify(e.current)} → ${JSON.stringify(e.next)}`)).toEqual([]);
});
