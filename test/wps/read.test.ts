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

test('through the documented members alone, calls grow with format changes and merged areas, and with only the logarithm of the rows', async () => {
  const absent: CreateFakeEtOptions = { withXmlValue: 'absent' };
  const [small, large] = [await callsFor(10, absent), await callsFor(5000, absent)];
  expect(large).toBeLessThan(2 * small); // one column's format change found by halving: log2 of the rows
  const [few, many] = [await callsFor(1000, absent, 10), await callsFor(1000, absent, 600)];
  expect(many).toBeLessThan(12 * 600); // about a dozen calls to find each merged area, never one per cell
  expect(await callsFor(5000, absent, 10)).toBeLessThan(1.5 * few); // five times the rows: a few more halvings
});
