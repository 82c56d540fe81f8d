/** The WPS adapter's pure parts: value normalisation, the XML Spreadsheet reader, members, detection, messages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HostError } from '../../src/host/spreadsheet-host';
import { areaOfA1 } from '../../src/core/address';
import { etApplicationOf } from '../../src/host/detect';
import { typedInput as typed } from '../../src/host/typed-input';
import { member } from '../../src/wps/et-api';
import { hostErrorOf } from '../../src/wps/errors';
import { bgrOf, cellValue, contentOf, hexOf, matrix, numFmtOf } from '../../src/wps/values';
import { createWpsHost } from '../../src/wps/wps-host';
import { parseXmlSpreadsheet } from '../../src/wps/xml-spreadsheet';
import { createFakeEt } from '../fakes/wps/fake-et';
import { xmlParser } from './helpers';

describe('values', () => {
  test('matrix: 2-D as it is, 1-D by the range’s shape, a scalar as one cell', () => {
    const block = [
      [1, 2],
      [3, 4],
    ];
    expect(matrix(block, 2, 2)).toBe(block);
    expect(matrix([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
    expect(matrix([1, 2, 3], 3, 1)).toEqual([[1], [2], [3]]);
    expect(matrix(7, 1, 1)).toEqual([[7]]);
    expect(matrix(undefined, 1, 1)).toEqual([[undefined]]);
    expect(matrix([1, 2, 3, 4], 2, 2)).toEqual(block);
  });

  test('CVErr codes are errors where the cell shows one; a number that equals a code stays a number', () => {
    expect(cellValue(-2146826281, '=A1/0')).toBe('#DIV/0!');
    expect(cellValue(-2146826246, '#N/A')).toBe('#N/A'); // typed in as a constant
    expect(cellValue(-2146826259)).toBe('#NAME?'); // Formula not read
    expect(cellValue(-2146826281, '-2146826281')).toBe(-2146826281);
    expect(['#NULL!', '#NUM!', '#REF!', '#VALUE!']).toEqual([-2146826288, -2146826252, -2146826265, -2146826273].map((code) => cellValue(code, '=x')));
  });

  test('blanks are null whatever the build says; dates stay serial numbers', () => {
    expect([cellValue(null), cellValue(undefined), cellValue('')]).toEqual([null, null, null]);
    expect(cellValue(45293, '45293')).toBe(45293);
    expect(cellValue(true, 'TRUE')).toBe(true);
  });

  test('a Formula starting with = is a formula unless it is the cell’s own text', () => {
    expect(contentOf(3, '=1+2', 'General')).toEqual({ value: 3, formula: '1+2' });
    expect(contentOf('=100%', '=100%', '@')).toEqual({ value: '=100%', numFmt: '@' });
    expect(contentOf(undefined, '=IF(A1,"",1)', '0.00')).toEqual({ value: null, formula: 'IF(A1,"",1)', numFmt: '0.00' });
  });

  test('General under either name is no format', () => {
    expect([numFmtOf('General'), numFmtOf('G/通用格式'), numFmtOf(''), numFmtOf(null), numFmtOf('0.00%')]).toEqual([undefined, undefined, undefined, undefined, '0.00%']);
  });

  test('colours: ET’s BGR integers and #RRGGBB', () => {
    expect(bgrOf('#FF0000')).toBe(0x0000ff);
    expect(bgrOf('#FFC7CE')).toBe(0xcec7ff);
    expect(hexOf(0x0000ff)).toBe('#FF0000');
    expect(hexOf(0x50b000)).toBe('#00B050');
    expect(hexOf(bgrOf('#123456'))).toBe('#123456');
  });

  test('typed: text ET would parse as something else gets the apostrophe', () => {
    expect(['001', '12%', '2024-01-01', '1/2', '=x', '+5', '-3', '@a', "'q", 'TRUE', ' false ', '(100)', '¥100', '.5'].map(typed).every((t) => String(t).startsWith("'"))).toBe(true);
    expect(['项目', '优秀', '#N/A', '>=90%'].map(typed)).toEqual(['项目', '优秀', '#N/A', '>=90%']);
    expect([typed(5), typed(true), typed(null)]).toEqual([5, true, '']);
  });

  test('areaOfA1 reads every address form ET gives', () => {
    expect(areaOfA1('$A$1:$C$3')).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(areaOfA1('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(areaOfA1("'表 1'!$B$2:$D$9")).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
    expect([areaOfA1('$A:$A'), areaOfA1('A1:B2:C3')]).toEqual([null, null]);
  });
});

test('text the engine writes comes back from ET as the same text', async () => {
  const texts = ['001', '12%', '2024-01-01', '1/2', '=100%', '+5', '-3', '@a', "'q", 'TRUE', '(100)', '¥100', '.5', '项目', '>=90%'];
  const { app, model } = createFakeEt({ sheets: [{ name: '表' }] });
  const host = createWpsHost(app, { parser: xmlParser() });
  const cells = texts.map((value, col) => ({ sheet: '表', row: 0, col, value }));
  await host.writeCells(cells, texts.map(() => ({ value: null })));
  expect(model.sheets[0].cells.size).toBe(texts.length);
  const [read] = await host.readSheets('active');
  expect(read.rows[0]!.map((c) => c?.value)).toEqual(texts);
});

describe('the XML Spreadsheet reader', () => {
  const NS = 'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"';
  const parse = (body: string, styles = '') => parseXmlSpreadsheet(`<?xml version="1.0"?><Workbook ${NS}><Styles>${styles}</Styles><Worksheet ss:Name="x"><Table>${body}</Table></Worksheet></Workbook>`, xmlParser());

  test('a cell after a merge follows the merged area; ss:Index on rows and cells; ss:Span repeats a row', () => {
    const info = parse(
      '<Row><Cell ss:MergeAcross="2" ss:MergeDown="1"/><Cell ss:StyleID="p"/></Row>' + '<Row ss:Span="2"><Cell ss:Index="5" ss:StyleID="p"/></Row>' + '<Row><Cell ss:StyleID="p"/></Row>',
      '<Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style>',
    )!;
    expect(info.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
    expect([...info.formats]).toEqual([
      [3, '0.00%'], // D1
      [16384 + 4, '0.00%'], // E2
      [4 * 16384, '0.00%'], // A5: after rows 2 to 4
    ]);
  });

  test('styles: Excel’s named formats, ss:Parent, a column’s or a row’s style; General is none', () => {
    const info = parse(
      '<Column ss:StyleID="f"/><Column ss:Span="1"/><Row><Cell/><Cell ss:StyleID="child"/><Cell ss:StyleID="g"/></Row><Row ss:StyleID="s"><Cell ss:Index="2"/></Row>',
      '<Style ss:ID="f"><NumberFormat ss:Format="Fixed"/></Style><Style ss:ID="std"><NumberFormat ss:Format="Standard"/></Style>' +
        '<Style ss:ID="child" ss:Parent="std"><Font ss:Bold="1"/></Style><Style ss:ID="g"><NumberFormat ss:Format="General Number"/></Style>' +
        '<Style ss:ID="s"><NumberFormat ss:Format="0.0%"/></Style>',
    )!;
    expect([...info.formats]).toEqual([
      [0, '0.00'],
      [1, '#,##0.00'],
      [16384 + 1, '0.0%'],
    ]);
  });

  test('not an XML Spreadsheet: null, and the host falls back', () => {
    expect(parseXmlSpreadsheet('<Workbook', xmlParser())).toBeNull();
    expect(parseXmlSpreadsheet('<html><body/></html>', xmlParser())).toBeNull();
  });
});

describe('ET’s object model', () => {
  test('member reads a property, or calls a method (with its object)', () => {
    const range = {
      cells: 'A1:B2',
      Address() {
        return `$${this.cells}`;
      },
      Count: 4,
    };
    expect(member(range, 'Address')).toBe('$A1:B2');
    expect(member(range, 'Count')).toBe(4);
  });

  test('etApplicationOf: window.Application when it is ET’s, else wps.EtApplication(), else null', () => {
    const et = { ActiveWorkbook: {} };
    const legacy = { Workbooks: {} };
    expect(etApplicationOf({ Application: et })).toBe(et);
    expect(etApplicationOf({ Application: { name: 'not ET' }, wps: { EtApplication: () => legacy } })).toBe(legacy);
    expect(etApplicationOf({ wps: { EtApplication: legacy } })).toBe(legacy);
    expect(etApplicationOf({ Application: { name: 'not ET' } })).toBeNull();
    expect(etApplicationOf({})).toBeNull();
  });

  test('failures become one message that names the common causes and keeps what ET said; none is guessed from its wording', () => {
    const own = new HostError('changed', 'x');
    expect(hostErrorOf(own)).toBe(own);
    expect(hostErrorOf(new Error('当前处于单元格编辑状态'))).toMatchObject({
      reason: 'other',
      message: 'WPS 表格未能完成这一步：当前处于单元格编辑状态。若正在编辑单元格，请先按 Enter 或 Esc 结束编辑；若工作表受保护，请先撤销保护；然后重试。',
    });
    expect(hostErrorOf({ description: '类型不匹配' }).message).toContain('WPS 表格未能完成这一步：类型不匹配。');
    expect(hostErrorOf('oops').message).toContain('：oops。');
  });

  test('ribbon.xml starts with <customUI, as the wpsjs templates do, and names the callbacks of the entry page', () => {
    const xml = readFileSync(join(__dirname, '../../wps/ribbon.xml'), 'utf8');
    expect(xml.startsWith('<customUI ')).toBe(true);
    const doc = xmlParser().parseFromString(xml, 'text/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('onLoad')).toBe('OnAddinLoad');
    expect(doc.getElementsByTagName('button')[0].getAttribute('onAction')).toBe('OnAction');
  });
});

describe('the documented read of formats and merges', () => {
  test('a used range of one merged-over cell, and a sheet merged whole: found without asking outside the range', async () => {
    for (const merges of [[{ top: 0, left: 0, bottom: 0, right: 0 }], [{ top: 0, left: 0, bottom: 2, right: 3 }]]) {
      const cells = [[{ value: '标题' }]];
      const fake = createFakeEt({ sheets: [{ name: '表', cells, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) }], withXmlValue: 'absent' });
      const [read] = await createWpsHost(fake.app, { parser: null }).readSheets('active');
      expect(read.merges).toEqual(merges.filter((m) => m.bottom > m.top || m.right > m.left));
      expect(read.rows).toEqual([[{ value: '标题' }]]);
    }
  });
});
