/**
 * Reading sheets within Excel's documented limits (docs/hosts.md, "Limits"): a request or response of one round
 * trip over 5 MB (Excel on the web), a range read over five million cells, getMergedAreasOrNullObject over a
 * range with more than 512 merged areas. First one round trip for the used range of every sheet; then the
 * contents in bands of rows, as many bands to a round trip as fit a budget. An ordinary workbook is one band
 * per sheet and one round trip in all; only what is large is split. A round trip that still fails on a limit is
 * split in two and tried again; a sheet that cannot be read is reported, and the others are read.
 */
import { areaOfA1 } from '../core/address';
import type { CellValue, GridCell, MergeArea, SheetGrid } from '../core/grid';
import type { HostError, SheetsRead, UnreadSheet } from '../host/spreadsheet-host';
import { isFormula } from '../host/typed-input';
import { hostErrorOf } from './errors';

/**
 * Cells per round trip. Values, formulas and formats are three entries a cell; at this budget a response
 * stays under 5 MB while a cell averages under ~100 bytes of them. Denser sheets are split on the error.
 */
export const CELLS_PER_SYNC = 50_000;

/**
 * A used range larger than one range read may be (five million cells) is not read at all: no form is that
 * large, so it holds stray content or formats far from the table, and reading it would take a hundred round
 * trips. Its sheet is reported with what to do.
 */
const SHEET_CELL_LIMIT = 5_000_000;

/** Errors that say a round trip was too large: splitting it can help. */
const SIZE_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

interface SheetPlan {
  name: string;
  sheet: Excel.Worksheet;
  top: number;
  left: number;
  columns: number;
  rows: (GridCell | undefined)[][];
  merges: Map<string, MergeArea>;
  failure: HostError | null;
}

/** Rows `top`..`top + count - 1` (0-based, absolute) of a sheet's used columns. */
interface Band {
  plan: SheetPlan;
  top: number;
  count: number;
}

export async function readSheetsWithin(context: Excel.RequestContext, sheets: Excel.Worksheet[], withMerges: boolean): Promise<SheetsRead> {
  const used = sheets.map((sheet) => {
    sheet.load('name');
    return sheet.getUsedRange(true).load('rowIndex, columnIndex, rowCount, columnCount');
  });
  await context.sync(); // each sheet's name and the extent of its used range, before any content
  const plans: SheetPlan[] = sheets.map((sheet, i) => ({
    name: sheet.name,
    sheet,
    top: used[i].rowIndex,
    left: used[i].columnIndex,
    columns: used[i].columnCount,
    rows: [],
    merges: new Map(),
    failure: null,
  }));
  plans.forEach((plan, i) => {
    if (used[i].rowCount * used[i].columnCount > SHEET_CELL_LIMIT) plan.failure = hostErrorOf({ code: 'RangeExceedsLimit' });
  });
  const bands = plans.flatMap((plan, i) => (plan.failure ? [] : bandsOf(plan, used[i].rowCount)));
  for (const batch of batchesOf(bands)) await readBatch(context, batch, withMerges);

  const grids = plans.filter((p) => !p.failure).map((p): SheetGrid => ({ name: p.name, rows: p.rows, merges: [...p.merges.values()] }));
  const unread: UnreadSheet[] = plans.filter((p) => p.failure).map((p) => ({ sheet: p.name, reason: p.failure!.reason, message: p.failure!.message, error: p.failure! }));
  if (grids.length === 0 && unread.length > 0) throw plans[0].failure!; // nothing to check: say why
  return Object.assign(grids, unread.length ? { unread } : {});
}

/** A sheet's used rows in bands of at most CELLS_PER_SYNC cells (at least one row each). */
function bandsOf(plan: SheetPlan, rowCount: number): Band[] {
  const perBand = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, plan.columns)));
  const bands: Band[] = [];
  for (let at = 0; at < rowCount; at += perBand) bands.push({ plan, top: plan.top + at, count: Math.min(perBand, rowCount - at) });
  return bands;
}

/** Consecutive bands, as many to a round trip as the budget holds. */
function batchesOf(bands: Band[]): Band[][] {
  const batches: Band[][] = [];
  let cells = Infinity;
  for (const band of bands) {
    const size = band.count * band.plan.columns;
    if (cells + size > CELLS_PER_SYNC) {
      batches.push([]);
      cells = 0;
    }
    batches[batches.length - 1].push(band);
    cells += size;
  }
  return batches;
}

/**
 * One round trip for these bands. If it fails: several bands are read apart (so that one sheet's failure does
 * not stop another's); one band that hit a size limit is read in two halves; one that carried merged areas is
 * read again without them (the 512-area limit has no documented error code), its merged areas then apart; and
 * a band that still fails has its sheet reported unread.
 */
async function readBatch(context: Excel.RequestContext, batch: Band[], withMerges: boolean): Promise<void> {
  const live = batch.filter((b) => !b.plan.failure);
  if (live.length === 0) return;
  const reads = live.map((band) => {
    const range = rangeOf(band);
    range.load('values, formulas, numberFormat');
    const merged = withMerges ? range.getMergedAreasOrNullObject() : null;
    merged?.areas.load('items/address');
    return { band, range, merged };
  });
  try {
    await context.sync();
  } catch (error) {
    if (live.length > 1) {
      for (const part of halves(live)) await readBatch(context, part, withMerges);
      return;
    }
    const [band] = live;
    if (band.count > 1 && SIZE_ERRORS.has(codeOf(error))) {
      for (const part of halvesOf(band)) await readBatch(context, [part], withMerges);
    } else if (withMerges) {
      await readBatch(context, [band], false);
      if (!band.plan.failure) await readMerges(context, band);
    } else {
      band.plan.failure = hostErrorOf(error);
    }
    return;
  }
  for (const { band, range, merged } of reads) {
    storeCells(band, range);
    if (merged) storeMerges(band.plan, merged);
  }
}

/** A band's merged areas alone, in halves while a part fails (at most 512 areas to a range). */
async function readMerges(context: Excel.RequestContext, band: Band): Promise<void> {
  const merged = rangeOf(band).getMergedAreasOrNullObject();
  merged.areas.load('items/address');
  try {
    await context.sync();
    storeMerges(band.plan, merged);
  } catch {
    // A single row with more than 512 merged areas keeps its cells; its merges are not needed to read it.
    if (band.count > 1) for (const part of halvesOf(band)) await readMerges(context, part);
  }
}

const rangeOf = (band: Band) => band.plan.sheet.getRangeByIndexes(band.top, band.plan.left, band.count, band.plan.columns);
const codeOf = (error: unknown) => (error as { code?: string } | null)?.code ?? '';
const halves = <T>(list: T[]) => [list.slice(0, Math.ceil(list.length / 2)), list.slice(Math.ceil(list.length / 2))];
function halvesOf(band: Band): Band[] {
  const half = Math.ceil(band.count / 2);
  return [
    { ...band, count: half },
    { ...band, top: band.top + half, count: band.count - half },
  ];
}

function storeCells(band: Band, range: Excel.Range): void {
  const { plan } = band;
  range.values.forEach((values, r) => {
    let row: (GridCell | undefined)[] | undefined;
    values.forEach((value, c) => {
      const content = cellOf(value, range.formulas[r][c], range.numberFormat[r][c]);
      if (content.value === null && !content.formula) return;
      (row ??= [])[plan.left + c] = content;
    });
    if (row) plan.rows[band.top + r] = row;
  });
}

function storeMerges(plan: SheetPlan, merged: Excel.RangeAreas): void {
  if (merged.isNullObject) return;
  for (const area of merged.areas.items) {
    const m = areaOfA1(area.address);
    if (m) plan.merges.set(`${m.top},${m.left}`, m); // a merged area across two bands may be reported by both
  }
}

/** A cell as Excel reports it: `formulas` holds the formula, or the value itself for a constant. */
export function cellOf(value: unknown, formula: unknown, numFmt: unknown): GridCell {
  const content: GridCell = { value: (value === '' ? null : value) as CellValue };
  if (isFormula(value, formula)) content.formula = (formula as string).slice(1);
  if (typeof numFmt === 'string' && numFmt !== 'General') content.numFmt = numFmt;
  return content;
}

