/** The patch writer's edits of a sheet part and of styles.xml, on the shapes real files come in. */
import { shiftFormula } from '../../src/xlsx/patch/shift-formula';
import { SheetXml } from '../../src/xlsx/patch/sheet-xml';
import { StylesXml } from '../../src/xlsx/patch/styles-xml';
import { repairMerges } from '../../src/xlsx/package/merges';

const sheet = (data: string, extra = '') => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/>${data}${extra}</worksheet>`;

test('a shared formula moved: relative references follow, absolute ones, strings and sheet names stay', () => {
  expect(shiftFormula('SUM(H13:H20)', 0, 1)).toBe('SUM(I13:I20)');
  expect(shiftFormula('$A$1+A1+A$1+$A1', 2, 3)).toBe('$A$1+D3+D$1+$A3');
  expect(shiftFormula('IF(B2>0,"A1",\'Q1 表\'!B2)&LOG10(C3)', 1, 0)).toBe('IF(B3>0,"A1",\'Q1 表\'!B3)&LOG10(C4)');
  expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
});

test('cells are replaced in place, or inserted in row and column order, new rows included; nothing else moves', () => {
  const xml = sheet('<sheetData><row r="1" spans="1:1"><c r="A1" s="3"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="3"/><row r="5"><c r="A5"><v>5</v></c></row></sheetData>', '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>');
  const s = new SheetXml(xml, null);
  s.write([
    { row: 0, col: 0, value: 9 },
    { row: 0, col: 1, value: '优' },
    { row: 2, col: 1, value: 0.5, formula: 'A1/2' },
    { row: 3, col: 2, value: true },
    { row: 3, col: 0, value: 'x<y' },
    { row: 7, col: 0, value: null, formula: 'SUM(A1:A5)' },
  ]);
  expect(s.xml).toBe(
    sheet(
      '<sheetData><row r="1" spans="1:2"><c r="A1" s="3"><v>9</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">优</t></is></c><c r="C1"><v>3</v></c></row>' +
        '<row r="3"><c r="B3"><f>A1/2</f><v>0.5</v></c></row>' +
        '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">x&lt;y</t></is></c><c r="C4" t="b"><v>1</v></c></row>' +
        '<row r="5"><c r="A5"><v>5</v></c></row><row r="8"><c r="A8"><f>SUM(A1:A5)</f></c></row></sheetData>',
      '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>',
    ).replace('A1:C3', 'A1:C8'),
  );
});

test('an empty sheet, a namespace prefix, and a shared formula’s first cell written over', () => {
  const empty = new SheetXml(sheet('<sheetData/>'), null);
  empty.write([{ row: 1, col: 1, value: 2 }]);
  expect(empty.xml).toContain('<sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData>');

  const prefixed = new SheetXml('<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>', null);
  prefixed.write([{ row: 0, col: 1, value: 2 }]);
  expect(prefixed.xml).toBe('<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>');

  const shared = new SheetXml(sheet('<sheetData><row r="9"><c r="H9"><f t="shared" ref="H9:J9" si="0">SUM(H1:H8)</f><v>1</v></c><c r="I9"><f t="shared" si="0"/><v>2</v></c><c r="J9"><f t="shared" si="0"/><v>3</v></c></row></sheetData>'), null);
  shared.write([{ row: 8, col: 7, value: 5 }]);
  expect(shared.xml).toContain('<c r="H9"><v>5</v></c><c r="I9"><f>SUM(I1:I8)</f><v>2</v></c><c r="J9"><f>SUM(J1:J8)</f><v>3</v></c>');
});

test('a new number format goes on a copy of the cell’s style, appended; the shared style is not changed', () => {
  const styles = new StylesXml('<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="2" applyNumberFormat="1"><alignment horizontal="center"/><protection locked="0"/></xf></cellXfs></styleSheet>');
  expect(styles.withFormat(1, '#,##0.00')).toBe(1);
  expect(styles.withFormat(1, '0.00%')).toBe(2); // built-in id 10
  expect(styles.withFormat(1, '0.00%')).toBe(2); // once
  expect(styles.withFormat(0, '0.000%')).toBe(3); // a new record, id 165
  expect(styles.xml).toBe(
    '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0.000%"/></numFmts><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="2" applyNumberFormat="1"><alignment horizontal="center"/><protection locked="0"/></xf>' +
      '<xf numFmtId="10" fontId="2" applyNumberFormat="1"><alignment horizontal="center"/><protection locked="0"/></xf><xf numFmtId="165" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  expect([styles.locked(0), styles.locked(1), styles.locked(2)]).toEqual([true, false, false]);
});

test('merges a reader cannot afford are repaired as Excel would: clipped to the cells held, overlaps and strays left out', () => {
  const xml = sheet('<sheetData><row r="1"><c r="A1"/><c r="D1"/></row><row r="4"><c r="A4"/></row></sheetData>', '<mergeCells count="4"><mergeCell ref="A1:A1048576"/><mergeCell ref="A2:B3"/><mergeCell ref="B1:C1"/><mergeCell ref="X99:Y100"/></mergeCells>');
  expect(repairMerges(xml)).toBe(sheet('<sheetData><row r="1"><c r="A1"/><c r="D1"/></row><row r="4"><c r="A4"/></row></sheetData>', '<mergeCells count="2"><mergeCell ref="A1:A4"/><mergeCell ref="B1:C1"/></mergeCells>'));
  expect(repairMerges(sheet('<sheetData><row r="1"><c r="A1"/><c r="B1"/></row></sheetData>', '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'))).toBeNull();
});
