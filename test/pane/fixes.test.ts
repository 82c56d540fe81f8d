/**
 * The two fixes the write preview offers beyond the computed cells, each written, undone exactly and checked
 * again: numbers stored as text become numbers (format kept), and a filled-in score's rule-based suggestion,
 * unticked until the user accepts it, after which the total and grade follow it.
 */
import { PaneSession } from '../../src/pane/session';
import { MemoryHost } from '../fakes/memory-host';
import { fixtureSheets } from '../helpers/grids';

const rulesOf = (session: PaneSession) => session.findings.map((f) => `${f.rule} ${f.cell}`).sort();

test('numbers stored as text: one write makes them numbers, keeps their format, undo puts the text back', async () => {
  const host = new MemoryHost(await fixtureSheets('variants/broken.xlsx', ['文本数字']));
  const original = structuredClone(host.sheets);
  const session = new PaneSession(host);
  await session.check('sheet');
  const texts = session.findings.filter((f) => f.rule === 'number-as-text');
  expect(texts).toHaveLength(4);
  const rows = session.preview();
  const fixes = rows.filter((r) => r.edit.kind === 'number-text');
  // Every text number has its fix, ticked: the value is certain.
  expect(fixes.map((r) => r.edit.cell).sort()).toEqual(texts.map((f) => f.cell).sort());
  expect(fixes.every((r) => r.selected)).toBe(true);
  // Each becomes the number the finding names ("…以文本存储…；应改为数字 446048"), full-width digits and units read.
  for (const r of fixes) {
    expect(typeof host.cell('文本数字', r.edit.row, r.edit.col)!.value).toBe('string');
    const said = texts.find((f) => f.cell === r.edit.cell)!.message;
    expect(String(r.edit.next)).toBe(/应改为数字 (\S+)$/.exec(said)![1]);
  }

  await session.write(rows);
  for (const r of fixes) {
    const now = host.cell('文本数字', r.edit.row, r.edit.col)!;
    expect(typeof now.value).toBe('number');
    expect(now.numFmt).toBe(original[0].rows[r.edit.row]![r.edit.col]!.numFmt === '@' ? undefined : original[0].rows[r.edit.row]![r.edit.col]!.numFmt);
  }
  await session.recheck();
  expect(rulesOf(session)).toEqual([]);

  await session.undo();
  expect(host.sheets).toEqual(original);
  await session.recheck();
  expect(session.findings.filter((f) => f.rule === 'number-as-text')).toHaveLength(4);
});

test('a filled-in score’s suggestion: offered unticked; accepted, the total and grade follow; undo is exact', async () => {
  const sheet = '残疾人事业统计、监测和政策研究经费';
  const host = new MemoryHost(await fixtureSheets('seed-001.xlsx', [sheet]));
  const original = structuredClone(host.sheets);
  const session = new PaneSession(host);
  await session.check('sheet');
  expect(rulesOf(session)).toEqual([expect.stringMatching(/^score-rule /)]);
  const finding = session.findings[0];
  const id = `${sheet}!${finding.cell}`;

  const offered = session.preview();
  const row = offered.find((r) => r.id === id)!;
  expect(row).toMatchObject({ selected: false, edit: { kind: 'indicator-score', suggestion: true } });
  expect(offered.filter((r) => r.selected)).toEqual([]); // nothing else to write: the form adds up as printed
  const form = session.forms[0];

  const accepted = session.preview(new Set([id]));
  expect(accepted.find((r) => r.id === id)!.selected).toBe(true);
  const total = accepted.find((r) => r.edit.kind === 'total')!;
  const printed = form.report.total.declared!;
  const delta = Number(row.edit.next) - Number(row.edit.current.value);
  expect(total.edit.next).toBeCloseTo(printed + delta, 10);

  await session.write(accepted);
  expect(host.cell(sheet, finding.row, finding.col)!.value).toBe(row.edit.next);
  await session.recheck();
  expect(rulesOf(session)).toEqual([]);

  await session.undo();
  expect(host.sheets).toEqual(original);
  await session.recheck();
  expect(rulesOf(session)).toEqual([`score-rule ${finding.cell}`]);
});
