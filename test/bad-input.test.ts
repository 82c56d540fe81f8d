/** Bad input gets a clear message or no finding, never a crash. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzeSheet, type GridCell, type SheetGrid } from '../src/core';
import { checkFile } from '../src/cli/check-files';
import { readWorkbookGrid, WorkbookError } from '../src/xlsx';
import { messageIn } from '../src/host/spreadsheet-host';
import { fixtureSheets } from './helpers/grids';

const BAD = join(__dirname, 'bad-input');
const check = (name: string) => checkFile(join(BAD, name), {});

test.each([
  ['not-a-workbook.xlsx', 'not-xlsx', '不是 .xlsx 工作簿'],
  ['zero-bytes.xlsx', 'unreadable', '文件为空'],
  ['encrypted.xlsx', 'encrypted', '密码'],
  ['legacy.xls.xlsx', 'not-xlsx', '旧版 .xls'],
  ['damaged.xlsx', 'unreadable', '已损坏'],
  ['empty.xlsx', 'no-form', '没有找到绩效自评表'],
  ['summary-only.xlsx', 'no-form', '没有找到绩效自评表'],
  ['does-not-exist.xlsx', 'unreadable', '文件不存在'],
])('%s → %s with a clear message', async (file, code, words) => {
  const result = await check(file);
  expect(result.forms).toEqual([]);
  expect(result.error?.code).toBe(code);
  expect(result.error?.message).toContain(words);
});

test.each(['not-a-workbook.xlsx', 'zero-bytes.xlsx', 'encrypted.xlsx', 'legacy.xls.xlsx', 'damaged.xlsx'])(
  '%s: the page in English says why in English, the Chinese page and the command line in Chinese',
  async (file) => {
    const error = await readWorkbookGrid(readFileSync(join(BAD, file))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    const english = messageIn(error, 'en-US');
    expect(english).toMatch(/^[\x20-\x7e]+$/); // plain English, no Chinese and no full-width punctuation
    expect(english).not.toBe((error as Error).message);
    expect(messageIn(error, 'zh-CN')).toBe((error as Error).message);
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
  },
);

test('a summary sheet that uses the forms’ words is no form', async () => {
  const grid = await readWorkbookGrid(readFileSync(join(BAD, 'summary-only.xlsx')));
  expect(grid.sheets.map((s) => s.name)).toEqual(['汇总', '空白']);
  expect(grid.sheets.flatMap((s) => analyzeSheet(s))).toEqual([]);
});

describe('a sheet of a million cells', () => {
  const rows = 1000;
  const cols = 1000;
  const words = ['一级指标', '权重', '得分', '项目名称', '合计', '及时', '100%', '说明'];

  test('of text and numbers but no form: no finding, no crash', () => {
    const grid: GridCell[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: GridCell[] = [];
      for (let c = 0; c < cols; c++) row.push({ value: (r * cols + c) % 3 === 0 ? words[(r + c) % words.length] : r * c });
      grid.push(row);
    }
    const sheet: SheetGrid = { name: '大表', rows: grid, merges: [{ top: 0, left: 0, bottom: 999, right: 999 }] };
    expect(analyzeSheet(sheet)).toEqual([]);
  });

  test('with a form in its middle: the form is still found and read', async () => {
    const [form] = await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']);
    const grid: GridCell[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: GridCell[] = [];
      for (let c = 0; c < cols; c++) row.push({ value: c < 20 ? null : r + c });
      grid.push(row);
    }
    const offset = 500;
    form.rows.forEach((row, r) => row?.forEach((cell, c) => cell && (grid[offset + r][c] = cell)));
    const merges = form.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }));
    const found = analyzeSheet({ name: '大表', rows: grid, merges });
    expect(found.map((f) => [f.report.project, f.report.total.declared, f.report.problems.map((p) => `${p.rule} ${p.cell}`)])).toEqual([
      ['残疾人事业宣传经费', 95, ['budget-score H506']],
    ]);
  });
});
