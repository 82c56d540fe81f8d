/**
 * `Range.Value(11)` (xlRangeValueXMLSpreadsheet) of the fake: the range as an XML Spreadsheet 2003 document, as
 * Excel and ET write it. Rows and cells are numbered from the range's first cell; rows and cells with nothing
 * to say are left out and the next one carries `ss:Index`; a merged area's first cell carries `ss:MergeAcross`
 * / `ss:MergeDown` and its other cells are left out; each distinct look is a `<Style>` the cells name by
 * `ss:StyleID`, with built-in number formats by Excel's names (`0.00%` is "Percent"). Simplified: no
 * `ss:Formula` (the R1C1 text of formulas), no column widths or row heights.
 */
import { type Area, CELL_DEFAULTS, type FakeEtCell, type FakeEtSheet } from './model';

const NAMED: Record<string, string> = { '0.00%': 'Percent', '0.00': 'Fixed', '#,##0.00': 'Standard' };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmlSpreadsheet(sheet: FakeEtSheet, area: Area): string {
  const styles = new Map<string, string>(); // look → style id
  const styleOf = (cell: FakeEtCell | undefined): string | undefined => {
    if (!cell) return undefined;
    const look = [cell.numFmt ?? '', cell.bold ? 'b' : '', cell.fill ?? ''].join('|');
    if (look === '||') return undefined;
    if (!styles.has(look)) styles.set(look, `s${62 + styles.size}`);
    return styles.get(look);
  };

  const rows: string[] = [];
  let lastRow = 0;
  for (let r = area.top; r <= area.bottom; r++) {
    const cells: string[] = [];
    let next = 1; // the index a cell without ss:Index would get
    for (let c = area.left; c <= area.right; c++) {
      const merge = sheet.mergeAt(r, c);
      if (merge && (merge.top !== r || merge.left !== c)) continue; // merged away
      const cell = sheet.cell(r, c);
      const style = styleOf(cell);
      const data = dataOf(cell);
      if (!style && !data && !merge) continue;
      const index = c - area.left + 1;
      const attrs = [
        index !== next ? ` ss:Index="${index}"` : '',
        merge && merge.right > merge.left ? ` ss:MergeAcross="${Math.min(merge.right, area.right) - c}"` : '',
        merge && merge.bottom > merge.top ? ` ss:MergeDown="${Math.min(merge.bottom, area.bottom) - r}"` : '',
        style ? ` ss:StyleID="${style}"` : '',
      ].join('');
      cells.push(data ? `    <Cell${attrs}>${data}</Cell>` : `    <Cell${attrs}/>`);
      next = index + 1 + (merge ? Math.min(merge.right, area.right) - c : 0);
    }
    if (cells.length === 0) continue;
    const index = r - area.top + 1;
    rows.push(`   <Row${index !== lastRow + 1 ? ` ss:Index="${index}"` : ''}>\n${cells.join('\n')}\n   </Row>`);
    lastRow = index;
  }

  const styleXml = [...styles].map(([look, id]) => {
    const [numFmt, bold, fill] = look.split('|');
    const parts = [
      numFmt ? `<NumberFormat ss:Format="${escape(NAMED[numFmt] ?? numFmt)}"/>` : '',
      bold ? '<Font ss:FontName="宋体" x:CharSet="134" ss:Size="11" ss:Bold="1"/>' : '',
      fill ? `<Interior ss:Color="${rgbOf(Number(fill))}" ss:Pattern="Solid"/>` : '',
    ].join('');
    return `  <Style ss:ID="${id}">${parts}</Style>`;
  });

  return [
    '<?xml version="1.0"?>',
    '<?mso-application progid="Excel.Sheet"?>',
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"',
    ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"',
    ' xmlns:html="http://www.w3.org/TR/REC-html40">',
    ' <Styles>',
    `  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/><Borders/><Font ss:FontName="${CELL_DEFAULTS.fontName}" x:CharSet="134" ss:Size="${CELL_DEFAULTS.fontSize}"/><Interior/><NumberFormat/><Protection/></Style>`,
    ...styleXml,
    ' </Styles>',
    ` <Worksheet ss:Name="${escape(sheet.name)}">`,
    `  <Table ss:ExpandedColumnCount="${area.right - area.left + 1}" ss:ExpandedRowCount="${area.bottom - area.top + 1}" x:FullColumns="1" x:FullRows="1">`,
    ...rows,
    '  </Table>',
    ' </Worksheet>',
    '</Workbook>',
  ].join('\n');
}

function dataOf(cell: FakeEtCell | undefined): string {
  if (!cell || cell.value === null) return '';
  const v = cell.value;
  if (cell.error) return `<Data ss:Type="Error">${escape(String(v))}</Data>`;
  if (typeof v === 'number') return `<Data ss:Type="Number">${v}</Data>`;
  if (typeof v === 'boolean') return `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>`;
  return `<Data ss:Type="String">${escape(v)}</Data>`;
}

function rgbOf(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
}
