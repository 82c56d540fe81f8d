/**
 * A patched workbook in a spreadsheet engine that is not ours: LibreOffice opens `score`'s output without
 * complaint and, recalculating on open, gets every written formula and everything that reads the written
 * cells right — a shared formula's group included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook, type AnalyzedForm } from '../../src/core';
import { scoreCells } from '../../src/cli/score-file';
import { patchWorkbook, readWorkbookGrid } from '../../src/xlsx';
import { hasLibreOffice, recalculateAll } from '../helpers/libreoffice';

const FILES = ['shared-formula-master.xlsx', 'rate-under-1.5pct-not-idempotent.xlsx'];
const run = hasLibreOffice() ? test : test.skip;

/** Each workbook's edits and its scored bytes; the scored ones recalculated by one LibreOffice run. */
let cases: { edits: AnalyzedForm['edits']; scored: Uint8Array }[] = [];
let recalculated: Buffer[] = [];
if (hasLibreOffice()) beforeAll(async () => {
  cases = await Promise.all(
    FILES.map(async (file) => {
      const input = new Uint8Array(readFileSync(join(__dirname, 'fuzz', file)));
      const edits = analyzeWorkbook(await readWorkbookGrid(input)).flatMap((f) => f.edits);
      return { edits, scored: edits.length ? await patchWorkbook(input, scoreCells(edits)) : input };
    }),
  );
  recalculated = recalculateAll(cases.map((c) => c.scored));
});

run.each(FILES)('%s scored, then recalculated by LibreOffice: the same cells, the same values, nothing left to write', async (file) => {
  const { edits, scored } = cases[FILES.indexOf(file)];
  expect(edits.length).toBeGreaterThan(0);
  const mine = await readWorkbookGrid(scored);
  const theirs = await readWorkbookGrid(recalculated[FILES.indexOf(file)]);
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
