/**
 * The parts an added sheet needs, in the shapes real packages come in: a name already taken, print titles
 * beside the defined names a workbook already has, and a package with no styles part at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildTemplate } from '../../src/core/templates/build';
import { loadWorkbook, newSheetOfDesign, writeDesign, writePatch } from '../../src/xlsx';
import { workbookParts } from '../../src/xlsx/package/parts';
import { openPackage } from '../../src/xlsx/package/zip';
import { FIXTURES } from '../helpers/workbooks';

const template = (year: number) => newSheetOfDesign(buildTemplate('mof-2020', { year, project: '社区助残服务项目' }));

test('a name already taken: the new sheet gets a free one near it, and its own sheetId, relationship and part', async () => {
  const input = new Uint8Array(readFileSync(join(FIXTURES, 'seed-000.xlsx')));
  const once = await writePatch(input, { sheets: [template(2026)] });
  const twice = await writePatch(once.bytes, { sheets: [template(2026), { ...template(2026), name: '门户网站功能升级评估' }] });
  expect([...once.names, ...twice.names]).toEqual(['2026年度绩效自评', '2026年度绩效自评 (2)', '门户网站功能升级评估 (2)']);
  const parts = await workbookParts(await openPackage(twice.bytes));
  expect(new Set(parts.sheets.map((s) => s.sheetId)).size).toBe(7);
  expect(new Set(parts.sheets.map((s) => s.path)).size).toBe(7);
  const ids = [...(await (await JSZip.loadAsync(twice.bytes)).file('xl/_rels/workbook.xml.rels')!.async('string')).matchAll(/ Id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  const workbook = await loadWorkbook(twice.bytes);
  expect(workbook.worksheets.map((ws) => ws.name).slice(4)).toEqual(['2026年度绩效自评', '2026年度绩效自评 (2)', '门户网站功能升级评估 (2)']);
  expect(workbook.worksheets.slice(4).map((ws) => ws.getCell('A1').value)).toEqual(['财政项目支出绩效自评表', '财政项目支出绩效自评表', '财政项目支出绩效自评表']);
});

test('beside the print titles a workbook already defines: each sheet keeps its own', async () => {
  const workbook = new ExcelJS.Workbook();
  writeDesign(workbook, buildTemplate('shanghai-2019', { year: 2026 }));
  const input = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  expect(await (await JSZip.loadAsync(input)).file('xl/workbook.xml')!.async('string')).toContain('<definedNames>');
  const { bytes, names } = await writePatch(input, { sheets: [template(2027)] });
  const back = await loadWorkbook(bytes);
  const [first, second] = back.worksheets;
  expect(second.name).toBe(names[0]);
  expect([first.pageSetup.printTitlesRow, second.pageSetup.printTitlesRow]).toEqual([workbook.worksheets[0].pageSetup.printTitlesRow, '12:12']);
});

test('a package with no styles part: one is made, with its relationship and content type', async () => {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, 'seed-000.xlsx')));
  zip.remove('xl/styles.xml');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ''));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''));
  const input = await zip.generateAsync({ type: 'uint8array' });
  const { bytes, names } = await writePatch(input, { sheets: [template(2026)] });
  const out = await JSZip.loadAsync(bytes);
  expect(await out.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  const ws = (await loadWorkbook(bytes)).getWorksheet(names[0])!;
  expect(ws.getCell('A1').font).toMatchObject({ name: 'SimSun', size: 16, bold: true });
});
