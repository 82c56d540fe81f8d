import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GridCell, SheetGrid } from '../../src/core';
import { readWorkbookGrid } from '../../src/xlsx';
import { FIXTURES } from './workbooks';

/** The sheets of a fixture workbook as grids, as a host would hand them to the engine. */
export async function fixtureSheets(file: string, names?: string[]): Promise<SheetGrid[]> {
  const grid = await readWorkbookGrid(readFileSync(join(FIXTURES, file)));
  return names ? names.map((n) => grid.sheets.find((s) => s.name === n)!) : grid.sheets;
}

/** Puts a cell into a grid read from a fixture (a test's own copy), to set up a case the fixture lacks. */
export function setCell(grid: SheetGrid, row: number, col: number, cell: GridCell | undefined): void {
  (grid.rows[row] as (GridCell | undefined)[])[col] = cell;
}
