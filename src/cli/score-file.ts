import { existsSync } from 'node:fs';
import { analyzeWorkbook, type CellEdit, type ProfileOverrides } from '../core';
import { patchWorkbook, readWorkbookGrid, type PatchCell } from '../xlsx';
import { cellWrites } from '../host/spreadsheet-host';
import { FileError, readWorkbookFile, writeFileSafely } from './files';

/**
 * The cells a score writes: what the pane writes with its default settings (cellWrites, the one rule for every
 * host): the live total and grade as formulas, the rest as values with the number format they need.
 */
export function scoreCells(edits: readonly CellEdit[]): PatchCell[] {
  return cellWrites(edits).map(({ sheet, row, col, value, formula, numFmt }) => ({ sheet, row, col, value, ...(formula ? { formula } : {}), ...(numFmt ? { numFmt } : {}) }));
}

/**
 * Writes the suggested rate, budget score, indicator scores, total and grade into a copy of the workbook
 * (or the file itself with `inPlace`) as a patch: only the edited cells change, every other part of the
 * file is copied as it was. The new file is written beside its target and renamed into place, so a
 * failure leaves the target as it was. An existing `output` other than the input is replaced only with `force`.
 */
export async function scoreFile(input: string, output: string, overrides: ProfileOverrides, force = false): Promise<CellEdit[]> {
  if (output !== input && !force && existsSync(output)) {
    throw new FileError(`${output} 已存在，未写入；如确要覆盖它，请加 --force`);
  }
  const bytes = readWorkbookFile(input);
  const edits = analyzeWorkbook(await readWorkbookGrid(bytes), overrides).flatMap((f) => f.edits);
  if (edits.length === 0) {
    if (output !== input) writeFileSafely(output, bytes);
    return edits;
  }
  writeFileSafely(output, await patchWorkbook(bytes, scoreCells(edits)));
  return edits;
}
