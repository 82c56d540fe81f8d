/**
 * A patched workbook in a spreadsheet engine that is not ours: LibreOffice opens `score`'s output without
 * complaint and, recalculating on open, gets every written formula and everything that reads the written
 * cells right — a shared formula's group included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook } from '../../src/core';
import { scoreCells } from '../../src/cli/score-file';
import { patchWorkbook, readWorkbookGrid } from '../../src/xlsx';
import { hasLibreOffice, recalculate } from '../helpers/libreoffice';

const run = hasLibreOffice() ? test : test.skip;
run.each([
  ['shared-formula-master.xlsx', join(__dirname, 'fuzz', 'shared-formula-master.xlsx')],
  ['rate-under-1.5pct-not-idempotent.xlsx', join(__dirname, 'fuzz', 'rate-under-1.5pct-not-idempotent.xlsx')],
])('%s scored, then recalculated by LibreOffice: the same cells, the same values, nothing left to write', async (_name, path) => {
  const input = new Uint8Array(readFileSync(path));
  const before = await readWorkbookGrid(input);
  const edits = analyzeWorkbook(before).flatMap((f) => f.edits);
  expect(edits.length).toBeGreaterThan(0);
  const scored = await patchWorkbook(input, scoreCells(edits));
  const mine = await readWorkbookGrid(scored);
  const theirs = await readWorkbookGrid(recalculate(Buffer.from(scored)));
  for (const e of edits) {
    const at = (g: typeof mine) => g.sheets.find((s) => s.name === e.sheet)!.rows[e.row]![e.col]!.value;
    expect([e.cell, at(theirs)]).toEqual([e.cell, at(mine)]);
  }
  // every formula cell of the sheet (the shared group's other cells among them) holds what LibreOffice computes
  for (const sheet of mine.sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell?.formula) return;
        const recalculated = theirs.sheets.find((s) => s.name === sheet.name)!.rows[r]![c]!;
        expect([sheet.name, r, c, recalculated.value]).toEqual([sheet.name, r, c, cell.value]);
      }),
    );
  }
  expect(analyzeWorkbook(theirs).flatMap((f) => f.edits)).toEqual([]);
});
