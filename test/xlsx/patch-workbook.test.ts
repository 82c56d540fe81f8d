/**
 * `score` as a patch: on every workbook of the corpus — as built, and as LibreOffice saves it — carrying a
 * chart, a custom property, an internal hyperlink, a password-protected sheet, an Office add-in's parts and
 * (as .xlsm) macros, every part the write did not need is byte for byte the input's, and each edited sheet
 * differs only in its edited cells. A second score then has nothing left to write.
 */
import { readFileSync } from 'node:fs';
import { analyzeWorkbook, type CellEdit } from '../../src/core';
import { scoreCells } from '../../src/cli/score-file';
import { patchWorkbook, readWorkbookGrid } from '../../src/xlsx';
import { workbookParts } from '../../src/xlsx/package/parts';
import { openPackage } from '../../src/xlsx/package/zip';
import { cellsOf, decorate, partsOf } from '../helpers/packages';
import { changedCells, PACKAGE_CASES } from '../helpers/workbooks';

const CASES = PACKAGE_CASES;

async function editsOf(bytes: Uint8Array): Promise<CellEdit[]> {
  return analyzeWorkbook(await readWorkbookGrid(bytes)).flatMap((f) => f.edits);
}

describe.each(CASES)('%s, with a chart, a custom property, a hyperlink, protection and an add-in part', (_label, path, macros) => {
  let input: Uint8Array;
  let output: Uint8Array;
  let edits: CellEdit[];
  let editedParts: Map<string, Set<string>>;

  beforeAll(async () => {
    const plain = readFileSync(path);
    const parts = await workbookParts(await openPackage(plain));
    const planned = await editsOf(plain);
    const untouched = parts.sheets.filter((s) => !planned.some((e) => e.sheet === s.name)).map((s) => s.path);
    input = await decorate(plain, { protect: untouched, macros });
    edits = await editsOf(input);
    output = await patchWorkbook(input, scoreCells(edits));
    editedParts = new Map();
    for (const e of edits) {
      const part = parts.sheets.find((s) => s.name === e.sheet)!.path;
      editedParts.set(part, (editedParts.get(part) ?? new Set()).add(e.cell));
    }
  });

  test('every part the edits did not need is byte for byte the input’s, in the same order', async () => {
    const before = await partsOf(input);
    const after = await partsOf(output);
    const needed = new Set([...editedParts.keys(), 'xl/styles.xml', 'xl/workbook.xml', 'xl/calcChain.xml']);
    expect([...after.keys()].filter((n) => n !== 'xl/calcChain.xml')).toEqual([...before.keys()].filter((n) => n !== 'xl/calcChain.xml'));
    const differing = [...before.keys()].filter((name) => !needed.has(name) && !before.get(name)!.equals(after.get(name) ?? Buffer.alloc(0)));
    if (!after.has('xl/calcChain.xml')) differing.splice(0, differing.length, ...differing.filter((n) => n !== '[Content_Types].xml' && n !== 'xl/_rels/workbook.xml.rels'));
    expect(differing).toEqual([]);
    // workbook.xml changes only in its calculation settings: recalculate on opening
    const calcFree = (b: Buffer | undefined) => b!.toString('utf8').replace(/<(\w+:)?calcPr[^>]*\/>/, '');
    expect(calcFree(after.get('xl/workbook.xml'))).toBe(calcFree(before.get('xl/workbook.xml')));
    if (edits.length) expect(after.get('xl/workbook.xml')!.toString('utf8')).toMatch(/<(\w+:)?calcPr[^>]*fullCalcOnLoad="1"/);
    // and the decorations are all there (byte for byte, by the comparison above)
    for (const part of ['docProps/custom.xml', 'xl/webextensions/webextension1.xml', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']) expect(after.has(part)).toBe(true);
    expect(after.has('xl/vbaProject.bin')).toBe(macros);
  });

  test('an edited sheet differs only in its edited cells (a shared formula written out in full apart)', async () => {
    const before = await partsOf(input);
    const after = await partsOf(output);
    for (const [part, refs] of editedParts) {
      const a = cellsOf(before.get(part)!.toString('utf8'));
      const b = cellsOf(after.get(part)!.toString('utf8'));
      expect(b.skeleton).toBe(a.skeleton);
      for (const ref of new Set([...a.cells.keys(), ...b.cells.keys()])) {
        if (refs.has(ref)) continue;
        const was = a.cells.get(ref);
        const now = b.cells.get(ref);
        if (was !== now) expect([ref, was?.includes('t="shared"'), now?.replace(/<f>[^<]*<\/f>/, '')]).toEqual([ref, true, was?.replace(/<f [^>]*?(\/>|>[^<]*<\/f>)/, '')]);
      }
    }
  });

  test('the workbook reads back with the edits in, and nothing else changed; a second score writes nothing', async () => {
    const before = await readWorkbookGrid(input);
    const after = await readWorkbookGrid(output);
    const edited = new Set(edits.map((e) => `${e.sheet}!${e.row},${e.col}`));
    expect(changedCells(before, after).filter((k) => !edited.has(k))).toEqual([]);
    for (const e of edits) {
      const cell = after.sheets.find((s) => s.name === e.sheet)!.rows[e.row]![e.col]!;
      expect([e.cell, cell.value]).toEqual([e.cell, e.next]);
    }
    expect((await editsOf(output)).map((e) => `${e.sheet}!${e.cell}`)).toEqual([]);
  });
});
