/**
 * `score` is idempotent on every workbook the tests hold (seed forms, variants, dialects, the published corpus):
 * what the first write leaves, read back, asks for no second write.
 */
import { readFileSync } from 'node:fs';
import { analyzeWorkbook, type CellEdit } from '../../src/core';
import { scoreCells } from '../../src/cli/score-file';
import { patchWorkbook, readWorkbookGrid } from '../../src/xlsx';
import { ALL_WORKBOOKS } from '../helpers/workbooks';

const WORKBOOKS = ALL_WORKBOOKS;

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
