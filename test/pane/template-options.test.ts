/** 插入模板 offers what the CLI offers: the amount unit and blank rows per group; next year's form defaults to the form's year + 1. */
import { analyzeSheet } from '../../src/core';
import { PaneSession } from '../../src/pane/session';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';

const texts = (host: MemoryHost, name: string) => host.sheets.find((s) => s.name === name)!.rows.flatMap((r) => (r ?? []).map((c) => c?.value)).filter((v) => typeof v === 'string') as string[];

test('a form B template in 万元 with 3 blank rows per second-level group', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  const session = new PaneSession(host);
  const few = await session.insertTemplate('mof-2020', { year: 2026, project: '示例', unit: '万元' });
  const many = await session.insertTemplate('mof-2020', { year: 2026, project: '示例', unit: '万元', rowsPerGroup: 3 });
  expect(texts(host, many).some((t) => t.includes('（万元）'))).toBe(true);
  const [a] = analyzeSheet(host.sheets.find((s) => s.name === few)!);
  const [b] = analyzeSheet(host.sheets.find((s) => s.name === many)!);
  expect(b.form.indicators.length).toBe((a.form.indicators.length / 2) * 3); // the default is 2 a group
});

test('next year’s form with no year typed is the form’s year + 1', async () => {
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', ['残疾人事业宣传经费']));
  const session = new PaneSession(host);
  const source = texts(host, '残疾人事业宣传经费').join(' ');
  const year = Number(/(20\d\d)\s*年/.exec(source)![1]);
  const name = await session.insertTemplate('next-year', { year: undefined });
  expect(texts(host, name).join(' ')).toContain(`${year + 1}`);
  expect(texts(host, name).join(' ')).not.toMatch(new RegExp(`${year}\\s*年度`));
});
