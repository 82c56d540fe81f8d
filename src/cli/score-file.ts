import { copyFileSync, readFileSync } from 'node:fs';
import { analyzeWorkbook, type CellEdit, type ProfileOverrides } from '../core';
import { applyEdits, loadWorkbook, toWorkbookGrid } from '../xlsx';
import { saveWorkbook } from './files';

/**
 * Writes the suggested rate, budget score, indicator scores, total and grade into a copy of the workbook
 * (or the file itself with `inPlace`). The new file is written beside its target and renamed into place,
 * so a failure leaves the target as it was.
 */
export async function scoreFile(input: string, output: string, overrides: ProfileOverrides): Promise<CellEdit[]> {
  const workbook = await loadWorkbook(readFileSync(input));
  const edits = analyzeWorkbook(toWorkbookGrid(workbook), overrides).flatMap((f) => f.edits);
  if (edits.length === 0) {
    if (output !== input) copyFileSync(input, output);
    return edits;
  }
  applyEdits(workbook, edits);
  await saveWorkbook(workbook, output);
  return edits;
}
