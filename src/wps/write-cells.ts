/**
 * Writing cells all or none. Everything that can refuse the write is checked first, for every target: the
 * sheets exist, no target is a locked cell of a protected sheet, and each cell still holds what the preview showed (read as one block
 * per sheet, not cell by cell). Then one `Formula` assignment per run of adjacent cells in a row. JSA has no
 * batch to roll back, so if an assignment fails midway the cells written so far get their old contents back.
 */
import { a1, rangeA1 } from '../core/address';
import type { MergeArea } from '../core/grid';
import { type CellContent, type CellRef, type CellWrite, HostError, restoreWrite, sameContent } from '../host/spreadsheet-host';
import { typedInput as typed } from '../host/typed-input';
import { type EtWorkbook, type EtWorksheet, member } from './et-api';
import { type HostText, text } from '../host/messages';
import { hostErrorOf, messageOf } from './errors';
import { contentOf, matrix } from './values';

/** The sheet of that name, or a HostError the user understands (ET throws a bare "invalid index"). */
export function sheetNamed(book: EtWorkbook, name: string): EtWorksheet {
  let sheet: EtWorksheet | null = null;
  try {
    sheet = book.Worksheets.Item(name);
  } catch {
    sheet = null;
  }
  if (!sheet) throw new HostError('missing-sheet', text('missingSheet', name));
  return sheet;
}

/** The targets of one sheet: the sheet, and the indexes of its cells in the caller's list. */
export interface SheetTargets {
  name: string;
  sheet: EtWorksheet;
  indexes: number[];
}

/** Cells grouped by sheet (in first-seen order), every sheet looked up. */
function groupsOf(book: EtWorkbook, cells: readonly CellRef[]): SheetTargets[] {
  const groups = new Map<string, number[]>();
  cells.forEach((cell, i) => groups.set(cell.sheet, [...(groups.get(cell.sheet) ?? []), i]));
  return [...groups].map(([name, indexes]) => ({ name, sheet: sheetNamed(book, name), indexes }));
}

/** Cells grouped by sheet, refused (`refusal`) if any sheet is protected: for fills, which are formats. */
export function targetsOf(book: EtWorkbook, cells: readonly CellRef[], refusal: (sheet: string) => HostText): SheetTargets[] {
  const targets = groupsOf(book, cells);
  const locked = targets.find((t) => member(t.sheet, 'ProtectContents') === true);
  if (locked) throw new HostError('protected', refusal(locked.name));
  return targets;
}

const sameFormat = (a: string | undefined, b: string | undefined) => (a ?? 'General') === (b ?? 'General');

/**
 * A protected sheet takes content in its unlocked cells: refuses the write, naming the cells, if a target is
 * locked, or if a number format would change (a protected sheet takes no format changes).
 */
function refuseLocked(t: SheetTargets, cells: readonly CellWrite[], before: readonly CellContent[]): void {
  if (member(t.sheet, 'ProtectContents') !== true) return;
  const box = boxOf(t.indexes.map((i) => cells[i]));
  const all = t.sheet.Range(rangeA1(box.top, box.left, box.bottom, box.right)).Locked;
  const locked = all === false ? [] : t.indexes.filter((i) => all === true || t.sheet.Range(a1(cells[i].row, cells[i].col)).Locked !== false);
  if (locked.length) throw new HostError('protected', text('lockedCells', t.name, locked.map((i) => cells[i])));
  const formats = t.indexes.filter((i) => cells[i].numFmt !== undefined && !sameFormat(cells[i].numFmt, before[i].numFmt));
  if (formats.length) throw new HostError('protected', text('lockedFormats', t.name, formats.map((i) => cells[i])));
}

export function writeCells(book: EtWorkbook, cells: CellWrite[], expected: CellContent[]): CellContent[] {
  const targets = groupsOf(book, cells);
  const before: CellContent[] = new Array(cells.length);
  for (const t of targets) readTargets(t, cells, before);
  for (const t of targets) refuseLocked(t, cells, before);
  const changed = before.findIndex((now, i) => !sameContent(now, expected[i]));
  if (changed >= 0) throw new HostError('changed', text('changed', cells[changed]));

  const runs = targets.flatMap((t) => runsOf(t, cells));
  let at = 0;
  try {
    for (; at < runs.length; at++) writeRun(runs[at], (i) => cells[i], (i) => before[i].numFmt);
  } catch (e) {
    // Put back every run of the batch (the failing one may have been written in part), newest first: every
    // cell of the batch ends as it was, as in every host (docs/hosts.md, "The write contract").
    let restored = true;
    for (let k = runs.length - 1; k >= 0; k--) {
      try {
        writeRun(runs[k], (i) => restoreWrite(cells[i], before[i]), (i) => cells[i].numFmt ?? before[i].numFmt);
      } catch {
        restored = false;
      }
    }
    const error = hostErrorOf(e);
    if (error.reason !== 'other') throw error;
    const cell = cells[runs[Math.min(at, runs.length - 1)].indexes[0]];
    throw new HostError('other', text(restored ? 'writeFailed' : 'writeFailedUnrestored', cell, messageOf(e)), e);
  }
  return before;
}

/**
 * What each target holds now: values and formulas of the block spanning the sheet's targets in one read each,
 * formats from one read of the block when they all agree, else per target (a preview writes a handful).
 */
function readTargets(t: SheetTargets, cells: readonly CellRef[], into: CellContent[]): void {
  const box = boxOf(t.indexes.map((i) => cells[i]));
  const range = t.sheet.Range(rangeA1(box.top, box.left, box.bottom, box.right));
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const values = matrix(member(range, 'Value2'), height, width);
  const formulas = matrix(member(range, 'Formula'), height, width);
  const shared = range.NumberFormat;
  for (const i of t.indexes) {
    const { row, col } = cells[i];
    const format = typeof shared === 'string' ? shared : t.sheet.Range(a1(row, col)).NumberFormat;
    into[i] = contentOf(values[row - box.top]?.[col - box.left], formulas[row - box.top]?.[col - box.left], format);
  }
}

function boxOf(cells: readonly CellRef[]): MergeArea {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

/** Adjacent cells of one row, left to right: written with one assignment. */
interface Run {
  sheet: EtWorksheet;
  row: number;
  left: number;
  indexes: number[];
}

/** The sheet's targets as maximal runs of adjacent cells in a row (a cell given twice starts a new run). */
function runsOf(t: SheetTargets, cells: readonly CellRef[]): Run[] {
  const sorted = [...t.indexes].sort((a, b) => cells[a].row - cells[b].row || cells[a].col - cells[b].col || a - b);
  const runs: Run[] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    const { row, col } = cells[i];
    if (last && last.row === row && last.left + last.indexes.length === col) last.indexes.push(i);
    else runs.push({ sheet: t.sheet, row, left: col, indexes: [i] });
  }
  return runs;
}

/**
 * One run: the number formats that change (`formatNow` is what a cell has; one assignment when they all change
 * to the same), then its contents in one assignment.
 */
function writeRun(run: Run, writeOf: (index: number) => CellWrite, formatNow: (index: number) => string | undefined): void {
  const writes = run.indexes.map(writeOf);
  const range = run.sheet.Range(rangeA1(run.row, run.left, run.row, run.left + writes.length - 1));
  const formats = writes.map((w, k) => (w.numFmt === undefined || sameFormat(w.numFmt, formatNow(run.indexes[k])) ? undefined : w.numFmt));
  if (formats.every((f) => f !== undefined && f === formats[0])) range.NumberFormat = formats[0];
  else formats.forEach((f, k) => f !== undefined && (run.sheet.Range(a1(run.row, run.left + k)).NumberFormat = f));
  range.Formula = [writes.map((w) => (w.formula ? `=${w.formula}` : typed(w.value)))];
}
