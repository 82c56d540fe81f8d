/**
 * Builds the corpus workbooks from the transcribed forms (`npx tsx test/corpus/build.ts`): each form on a sheet
 * of its own, cell for cell as printed, numbers typed as numbers with the format that prints them, merged cells
 * where the form merges. The workbooks are committed; this script is how they were made.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { printedToCell } from '../fixtures/layout';
import { WORKBOOKS } from './source';
import type { CorpusForm } from './source/types';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function layout(ws: ExcelJS.Worksheet, form: CorpusForm) {
  const width = Math.max(...form.rows.map((r) => r.length));
  form.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const text = row[c] ?? null;
      if (text !== null) {
        const { value, numFmt } = printedToCell(text);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      }
      cell.alignment = { wrapText: true, vertical: 'middle' };
      if (r > 0 || form.partial?.includes('starts')) cell.border = THIN;
    }
  });
  for (const range of form.merges) ws.mergeCells(range);
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 14 : 16));
}

async function main() {
  for (const book of WORKBOOKS) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'jixiao corpus';
    // Fixed dates keep rebuilt files comparable.
    wb.created = new Date('2024-01-01T00:00:00Z');
    wb.modified = new Date('2024-01-01T00:00:00Z');
    for (const form of book.forms) layout(wb.addWorksheet(form.sheet), form);
    await wb.xlsx.writeFile(join(__dirname, book.file));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
