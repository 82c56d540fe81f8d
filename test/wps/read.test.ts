/**
 * Reading sheets through the WPS host, against the fake ET filled with the real fixture sheets: the engine
 * finds the same as when it reads the grids directly, whichever way the build lets the host read formats, and
 * a sheet costs the same number of calls whatever its length.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSheet, a1, type GridCell, type SheetGrid } from '../../src/core';
import { createWpsHost } from '../../src/wps/wps-host';
import { bigSheet } from '../../bench/generate';
import { createFakeEt, type CreateFakeEtOptions } from '../fakes/wps/fake-et';
import { fixtureSheets } from '../helpers/grids';
import { FIXTURES } from '../helpers/workbooks';
import { specOf, xmlParser } from './helpers';

const FILES = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')),
  ...readdirSync(join(FIXTURES, 'variants'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => `variants/${f}`),
];

/** Each form's findings as `rule cell`, the way the pane lists them. */
const findings = (grid: SheetGrid) => analyzeSheet(grid).map((f) => f.check.findings.map((x) => x.rule + x.cell));

/** The non-blank cells of a grid by address, and its merges in order: two grids compared cell by cell. */
function cellsOf(grid: SheetGrid) {
  const cells: Record<string, unknown> = {};
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell && ((cell.value !== null && cell.value !== '') || cell.formula)) cells[a1(r, c)] = { ...cell };
    }),
  );
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: grid.name, cells, merges };
}

function hostOver(grids: SheetGrid[], options: CreateFakeEtOptions = {}, parser = xmlParser()) {
  const fake = createFakeEt({ sheets: grids.map(specOf), ...options });
  return { ...fake, host: createWpsHost(fake.app, { parser }) };
}

describe.each(FILES)('%s', (file) => {
  test('through the XML Spreadsheet: every sheet read back exactly (values, formulas, formats, merges), same findings', async () => {
    const grids = await fixtureSheets(file);
    const { host } = hostOver(grids);
    const read = await host.readSheets('all');
    expect(read.map(cellsOf)).toEqual(grids.map(cellsOf));
    expect(read.map(findings)).toEqual(grids.map(findings));
  });

  test.each([
    ['Value(11) absent', 'absent'],
    ['Value(11) ignoring the 11', false],
    ['Value(11) throwing', 'throws'],
  ] as const)('through the documented members alone (%s): every sheet read back exactly, same findings', async (_, withXmlValue) => {
    const grids = await fixtureSheets(file);
    const { host } = hostOver(grids, { withXmlValue });
    const read = await host.readSheets('all');
    expect(read.map(cellsOf)).toEqual(grids.map(cellsOf));
    expect(read.map(findings)).toEqual(grids.map(findings));
  });
});

test('an XML Spreadsheet that disagrees with MergeCells is dropped: the documented members give the sheet', async () => {
  const grids = await fixtureSheets('seed-001.xlsx');
  expect(grids.some((g) => g.merges.length > 0)).toBe(true);
  const empty = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table/></Worksheet></Workbook>';
  const parser = xmlParser();
  const fake = createFakeEt({ sheets: grids.map(specOf) });
  const host = createWpsHost(fake.app, { parser: { parseFromString: (_xml, type) => parser.parseFromString(empty, type) } });
  const read = await host.readSheets('all');
  expect(read.map(cellsOf)).toEqual(grids.map(cellsOf));
});

/** The calls a read of bigSheet(rows) costs, with a format change in one column and `merges` merged areas. */
async function callsFor(rows: number, options: CreateFakeEtOptions, merges = 0) {
  const grid = bigSheet(rows);
  (grid.rows[4] as GridCell[])[6] = { value: 0.9877, numFmt: '0.00%' }; // formats differ within a column
  const areas = Array.from({ length: merges }, (_, i) => ({ top: 6 + i, left: 8, bottom: 6 + i, right: 9 })); // I:J of indicator rows
  const { host, stats } = hostOver([{ ...grid, merges: areas }], options);
  const [read] = await host.readSheets('active');
  expect(cellsOf(read)).toEqual(cellsOf({ ...grid, merges: areas }));
  return stats.calls;
}

test('through the XML Spreadsheet, a sheet of 10 rows and one of 5,000 rows cost the same calls', async () => {
  const small = await callsFor(10, {});
  expect(await callsFor(5000, {})).toBe(small);
  expect(small).toBe(8); // ActiveSheet Name UsedRange Address Value2 Formula Value(11) MergeCells
});

/**
 * bigSheet(rows) as a unit hands it out: the title merged across the table, the vertical labels merged down
 * their groups (so the merged areas grow with the rows, their number does not), the rate a percentage and the
 * scores in two decimals. The same shape at every length.
 */
function formattedSheet(rows: number): SheetGrid {
  const grid = bigSheet(rows);
  const body = grid.rows as GridCell[][];
  const last = body.length - 1;
  body[4][6] = { value: 0.9877, numFmt: '0.00%' };
  for (let r = 6; r <= last; r++) for (const c of [6, 7]) if (body[r][c]?.value !== null) body[r][c] = { ...body[r][c], numFmt: '0.00' };
  const groupStarts = body.map((row, r) => (r >= 6 && r < last && row[1]?.value ? r : -1)).filter((r) => r >= 0);
  const merges = [
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 5, left: 0, bottom: last - 1, right: 0 },
    ...groupStarts.map((top, i) => ({ top, left: 1, bottom: (groupStarts[i + 1] ?? last) - 1, right: 1 })),
  ];
  return { ...grid, merges };
}

test('through the documented members alone (Value(11) removed), a form of 100 rows and one of 10,000 of the same shape cost the same calls', async () => {
  const callsOf = async (rows: number) => {
    const grid = formattedSheet(rows);
    const { host, stats } = hostOver([grid], { withXmlValue: 'absent' });
    const [read] = await host.readSheets('active');
    expect(cellsOf(read)).toEqual(cellsOf(grid)); // values, formulas, formats and merges complete
    expect(read.merges).toHaveLength(5);
    return stats.calls;
  };
  const small = await callsOf(100);
  expect(await callsOf(10000)).toBe(small);
  expect(small).toBeLessThan(300); // 253 when written: the header, the bands of the body and the five merged areas
});

test('through the documented members alone, merged areas cost a few calls each, never a call per cell', async () => {
  const absent: CreateFakeEtOptions = { withXmlValue: 'absent' };
  const [few, many] = [await callsFor(1000, absent, 10), await callsFor(1000, absent, 600)];
  expect(many - few).toBeLessThan(6 * 590); // each further merged area (I:J of one indicator row): about five calls to find, one to read
  // Five times the rows, the same merged areas: these lie in blank cells, which the contents do not set apart,
  // so they are found by halving the band, whose depth is the logarithm of its height (219 → 242 calls when written).
  expect(await callsFor(5000, absent, 10)).toBeLessThan(1.2 * few);
});

test('a build whose MergeCells answers true for a mix of merged and unmerged cells (the VBA page read literally): merges still complete', async () => {
  for (const grid of [formattedSheet(100), ...(await fixtureSheets('seed-001.xlsx'))]) {
    const { host } = hostOver([grid], { withXmlValue: 'absent', mergeCellsOnMix: true });
    const [read] = await host.readSheets('active');
    expect(cellsOf(read)).toEqual(cellsOf(grid));
  }
});
