/**
 * A new sheet added as a patch — a standard template, and next year's form rolled forward from the
 * workbook's own — on every workbook of the corpus, as built (as .xlsm) and as LibreOffice saves it, each
 * carrying a chart, a custom property, a hyperlink, password-protected sheets and an add-in's parts: every
 * entry the file had stays byte for byte except the lists of sheets (workbook.xml, its relationships,
 * [Content_Types].xml, app.xml) and styles.xml, whose records are only appended to; ExcelJS reads the new
 * sheet back as designed; `jixiao check` finds its form with the results the ExcelJS writer gave; and
 * LibreOffice, filling in the scores, computes its formulas as the engine does.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { analyzeWorkbook, type AnalyzedForm, type MergeArea } from '../../src/core';
import { designToGrid, type SheetDesign } from '../../src/core/design';
import { buildTemplate } from '../../src/core/templates/build';
import { rolloverDesign } from '../../src/core/templates/rollover';
import { checkBytes } from '../../src/report/check-bytes';
import { freeSheetName } from '../../src/host/spreadsheet-host';
import { loadWorkbook, newSheetOfDesign, readWorkbookGrid, toWorkbookGrid, writeDesign, writePatch, type PatchCell } from '../../src/xlsx';
import { rangeA1 } from '../../src/core/address';
import { workbookParts } from '../../src/xlsx/package/parts';
import { openPackage } from '../../src/xlsx/package/zip';
import { decorate, partsOf } from '../helpers/packages';
import { hasLibreOffice, recalculateAll } from '../helpers/libreoffice';
import { PACKAGE_CASES } from '../helpers/workbooks';

const CASES = PACKAGE_CASES;

/** The parts that list sheets or hold styles: the only ones an added sheet may change. */
const LISTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'xl/styles.xml'];

interface Added {
  design: SheetDesign;
  bytes: Uint8Array;
  name: string;
  /** The result as ExcelJS reads it (once, for the tests that look into it). */
  read?: Promise<ExcelJS.Workbook>;
}

function read(a: Added): Promise<ExcelJS.Workbook> {
  a.read ??= loadWorkbook(a.bytes);
  return a.read;
}
interface Case {
  input: Uint8Array;
  template: Added;
  rollover: Added | null;
  /** The template and the rolled-forward sheet added together, every score filled in, for LibreOffice to compute. */
  scored: { bytes: Uint8Array; names: string[] };
}

async function added(input: Uint8Array, design: SheetDesign): Promise<Added> {
  const { bytes, names } = await writePatch(input, { sheets: [newSheetOfDesign(design)] });
  return { design, bytes, name: names[0] };
}

/** The form a design makes, as the engine sees it. */
function formOf(design: SheetDesign, name: string): AnalyzedForm {
  return analyzeWorkbook({ sheets: [designToGrid(design, name)] })[0];
}

/**
 * A blank form B (mof-2020) filled in where the engine says its budget and open indicator rows are: the
 * budget figures, and per group indicators whose weights add up to the group's, one scored 1.5 below.
 */
function filledTemplate(form: AnalyzedForm, sheet: string): PatchCell[] {
  const weights: Record<string, number[]> = { 产出指标: [7, 7, 6, 6, 6, 6, 6, 6], 效益指标: [4, 4, 4, 4, 4, 4, 3, 3], 满意度指标: [5, 5] };
  const cell = (row: number, col: number, value: string | number): PatchCell => ({ sheet, row, col, value });
  const cells = [cell(6, 2, 600000), cell(6, 3, 500000), cell(6, 4, 463210.55)];
  let n = 0;
  for (const group of form.form.groups) {
    (weights[group.name] ?? []).forEach((weight, i) => {
      const row = group.at!.row + i;
      cells.push(cell(row, 3, `指标${++n}`), cell(row, 4, '>=90%'), cell(row, form.form.weightCol, weight), cell(row, form.form.scoreCol, i === 0 ? weight - 1.5 : weight));
    });
  }
  return cells;
}

const cases = new Map<string, Case>();
let recalculated = new Map<string, Buffer>();

beforeAll(async () => {
  for (const [name, path, macros] of CASES) {
    const plain = new Uint8Array(readFileSync(path));
    const sheets = (await workbookParts(await openPackage(plain))).sheets.map((s) => s.path);
    const input = await decorate(plain, { protect: sheets, macros });
    const template = await added(input, buildTemplate('mof-2020', { year: 2026, project: '社区助残服务项目' }));
    const grid = await readWorkbookGrid(input);
    const source = analyzeWorkbook(grid)[0];
    const rollover = source ? await added(input, rolloverDesign(grid.sheets.find((s) => s.name === source.form.sheet)!, source.form)) : null;
    // Both sheets in one write, then every score filled in: what LibreOffice is to compute.
    const designs = [template.design, ...(rollover ? [rollover.design] : [])];
    // The names the sheets will get (the writer's rule: free among the workbook's), so that one write adds both and fills them.
    const names = designs.reduce<string[]>((taken, d) => [...taken, freeSheetName(d.name, [...grid.sheets.map((s) => s.name), ...taken])], []);
    const cells = designs.flatMap((design, i) => {
      const sheet = names[i];
      const form = formOf(design, sheet);
      // A form rolled from one with no indicator row (its page cut under the header) is a blank template: filled as one.
      if (i === 0 || form.form.indicators.length === 0) return filledTemplate(form, sheet);
      // each score at its weight, or 5 where the form gives none
      return form.form.groups
        .flatMap((g) => g.indicators)
        .map((x) => ({ sheet, row: x.row, col: form.form.scoreCol, value: x.weight.value.kind === 'number' ? x.weight.value.value.toNumber() : 5 }));
    });
    const scored = await writePatch(input, { sheets: designs.map(newSheetOfDesign), cells });
    expect(scored.names).toEqual(names);
    cases.set(name, { input, template, rollover, scored });
  }
  if (hasLibreOffice()) {
    const names = [...cases.keys()];
    const out = recalculateAll(names.map((n) => cases.get(n)!.scored.bytes));
    recalculated = new Map(names.map((n, i) => [n, out[i]]));
  }
});

/** The records of one styles.xml collection, as text, in order. */
function records(styles: string, collection: string, record: string): string[] {
  const area = new RegExp(`<${collection}[^>]*>([\\s\\S]*?)</${collection}>`).exec(styles)?.[1] ?? '';
  return [...area.matchAll(new RegExp(`<${record}\\b[^>]*?(?:/>|>[\\s\\S]*?</${record}>)`, 'g'))].map((m) => m[0]);
}

describe.each(CASES)('%s, a sheet added by template and by rollover', (name) => {
  const both = (c: Case) => [c.template, ...(c.rollover ? [c.rollover] : [])];

  test('every entry the file had is byte for byte the same, but the lists of sheets and the styles appended to', async () => {
    const c = cases.get(name)!;
    const before = await partsOf(c.input);
    for (const a of both(c)) {
      const after = await partsOf(a.bytes);
      const part = (await workbookParts(await openPackage(a.bytes))).sheets.find((s) => s.name === a.name)!.path;
      expect([...after.keys()]).toEqual([...before.keys(), part]);
      const differing = [...before.keys()].filter((n) => !before.get(n)!.equals(after.get(n)!));
      expect(differing.filter((n) => !LISTS.includes(n))).toEqual([]);
      // the sheets that were there are listed as they were, and the new one after them
      const sheetTags = (b: Buffer) => [...b.toString('utf8').matchAll(/<sheet\s[^>]*\/>/g)].map((m) => m[0]);
      const was = sheetTags(before.get('xl/workbook.xml')!);
      const now = sheetTags(after.get('xl/workbook.xml')!);
      expect(now.slice(0, was.length)).toEqual(was);
      expect(now.length).toBe(was.length + 1);
      expect(after.get('xl/workbook.xml')!.toString('utf8')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
      // styles.xml: no record changed in place, new ones only appended
      const s0 = before.get('xl/styles.xml')!.toString('utf8');
      const s1 = after.get('xl/styles.xml')!.toString('utf8');
      for (const [collection, record] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellXfs', 'xf'], ['dxfs', 'dxf'], ['cellStyleXfs', 'xf'], ['cellStyles', 'cellStyle']]) {
        const was = records(s0, collection, record);
        expect([collection, records(s1, collection, record).slice(0, was.length)]).toEqual([collection, was]);
      }
      // app.xml, where it lists the sheets, lists the new one too
      const app = after.get('docProps/app.xml')!.toString('utf8');
      if (/<TitlesOfParts>/.test(before.get('docProps/app.xml')!.toString('utf8'))) {
        const titles = /<TitlesOfParts><vt:vector size="(\d+)" baseType="lpstr">(.*?)<\/vt:vector>/.exec(app)!;
        const listed = [...titles[2].matchAll(/<vt:lpstr>(.*?)<\/vt:lpstr>/g)].map((m) => m[1]);
        expect([Number(titles[1]), listed[listed.length - 1]]).toEqual([listed.length, a.name]);
        expect(app).toContain(`<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${now.length}</vt:i4>`);
      }
    }
  });

  test('ExcelJS reads the new sheet back as designed: contents, merges, widths, looks and print settings', async () => {
    const c = cases.get(name)!;
    for (const a of both(c)) {
      const workbook = await read(a);
      const grid = toWorkbookGrid(workbook).sheets.find((s) => s.name === a.name)!;
      const designed = designToGrid(a.design, a.name);
      const sorted = (m: readonly MergeArea[]) => m.map((x) => rangeA1(x.top, x.left, x.bottom, x.right)).sort();
      expect(sorted(grid.merges)).toEqual(sorted(designed.merges));
      const content = (g: typeof grid) => g.rows.flatMap((row, r) => (row ?? []).flatMap((cell, col) => (cell ? [`${r},${col} ${JSON.stringify([cell.value, cell.formula ?? null, cell.numFmt ?? null])}`] : [])));
      expect(content(grid)).toEqual(content(designed));
      const ws = workbook.getWorksheet(a.name)!;
      expect(ws.columns.map((col) => col.width)).toEqual(a.design.columnWidths);
      expect(ws.getCell('A1').font).toMatchObject({ name: 'SimSun', size: 16, bold: true });
      const [from, to] = a.design.print.repeatRows;
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${from + 1}:${to + 1}` });
      const input = a.design.cells.flatMap((row, r) => (row ?? []).flatMap((cell, col) => (cell?.style === 'input' ? [[r, col]] : [])))[0];
      if (input) expect(ws.getCell(input[0] + 1, input[1] + 1).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E6' } });
      const heights = Object.keys(a.design.rowHeights).map((r) => [Number(r), ws.getRow(Number(r) + 1).height]);
      expect(heights).toEqual(Object.entries(a.design.rowHeights).map(([r, h]) => [Number(r), h]));
      // the score guard and the red-above-the-weight rule, as ExcelJS understands them
      for (const v of a.design.validations) {
        expect(ws.getCell(v.area.top + 1, v.area.left + 1).dataValidation).toMatchObject({ type: 'decimal', allowBlank: true, showErrorMessage: true, error: v.message });
      }
      const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
      expect(rules.map((r) => [r.ref, r.rules[0].formulae[0]])).toEqual(a.design.highlights.map((h) => [rangeA1(h.area.top, h.area.left, h.area.bottom, h.area.right), h.formula]));
    }
  });

  test('the check finds the new form, with the same results as the sheet written through ExcelJS', async () => {
    const c = cases.get(name)!;
    for (const a of both(c)) {
      // as `jixiao check` reads a file (ExcelJS behind the package's checks), then analyses it
      const mine = analyzeWorkbook(toWorkbookGrid(await read(a))).filter((f) => f.form.sheet === a.name);
      const workbook = new ExcelJS.Workbook();
      writeDesign(workbook, { ...a.design, name: a.name });
      const theirs = (await checkBytes('y.xlsx', new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer))).forms;
      expect(mine.length).toBe(1);
      expect(mine.map((f) => f.report)).toEqual(theirs.map((f) => f.report));
    }
  });

  (hasLibreOffice() ? test : test.skip)('LibreOffice opens it and, the scores filled in, computes the new forms’ formulas as the engine does', async () => {
    const c = cases.get(name)!;
    const grid = await readWorkbookGrid(recalculated.get(name)!);
    expect(c.scored.names).toHaveLength(c.rollover ? 2 : 1);
    for (const sheet of c.scored.names) {
      const form = analyzeWorkbook({ sheets: grid.sheets.filter((s) => s.name === sheet) })[0];
      const { total, grade, budget } = form.report;
      expect([sheet, total.declared]).not.toEqual([sheet, null]);
      expect([sheet, total.declared, grade.declared]).toEqual([sheet, total.computed, grade.computed]);
      if (budget?.rate.declared != null) expect(budget.rate.declared).toBe(budget.rate.computed);
      expect(form.report.problems.filter((p) => ['total-sum', 'grade-band', 'execution-rate', 'budget-score'].includes(p.rule))).toEqual([]);
    }
  });
});
