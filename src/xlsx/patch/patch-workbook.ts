/**
 * Writes into an .xlsx file's bytes as a patch: only the parts a change needs are touched (the edited sheets,
 * styles.xml when a cell's number format or fill must change, the calculation chain, the recalculate-on-open
 * flag, and for a new sheet its part and the lists of sheets), and every other part of the package is copied
 * through with its compressed bytes as they were. The same writer serves `jixiao score`, `jixiao template`
 * and `rollover` into an existing file, and the web page's download.
 */
import type { CellValue } from '../../core';
import { openPackage, packageBytes, type OpenedPackage } from '../package/zip';
import { relsOf, workbookParts, type WorkbookParts } from '../package/parts';
import { attr, elements, firstElement, withAttr } from '../package/xml';
import { refOf } from './cell-ref';
import { addSheet, type NewSheet } from './add-sheet';
import { SheetXml, type CellContentToWrite } from './sheet-xml';
import { StylesXml } from './styles-xml';
import { PatchRefused, type Bilingual } from '../errors';

/** A cell's fill to change, its content left as it is: a solid `#RRGGBB`, or null for none. */
export interface PatchFill {
  sheet: string;
  row: number;
  col: number;
  fill: string | null;
}

/** Everything one write changes: sheets added first (cells and fills may then target them), cells, fills. */
export interface WorkbookPatch {
  sheets?: readonly NewSheet[];
  cells?: readonly PatchCell[];
  fills?: readonly PatchFill[];
}

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export interface PatchCell {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** Without `=`. */
  formula?: string;
  numFmt?: string;
}

export { PatchRefused };

export function protectedMessage(sheet: string, locked: string[]): Bilingual {
  const shown = (sep: string, more: string) => (locked.length > 8 ? `${locked.slice(0, 8).join(sep)}${more}` : locked.join(sep));
  return {
    zh: `工作表“${sheet}”受保护，要写入的 ${shown('、', ` 等 ${locked.length} 个单元格`)} 已锁定，未写入任何单元格。请在 Excel 或 WPS 中“审阅 → 撤销工作表保护”后再写入，或先把这些单元格设为不锁定（设置单元格格式 → 保护）再保护工作表`,
    en: `Sheet "${sheet}" is protected and ${shown(', ', ` and others (${locked.length} cells)`)} to be written are locked; no cell was written. Unprotect the sheet in Excel or WPS (Review → Unprotect Sheet), or unlock these cells (Format Cells → Protection) before protecting it again`,
  };
}

/** The bytes of the workbook with `cells` written, all or none. */
export async function patchWorkbook(bytes: Uint8Array, cells: readonly PatchCell[]): Promise<Uint8Array> {
  return (await writePatch(bytes, { cells })).bytes;
}

/**
 * The bytes of the workbook with `patch` applied, all or none, and the names the added sheets got (each its
 * own name, or a free one near it when a sheet of that name exists).
 */
export async function writePatch(bytes: Uint8Array, patch: WorkbookPatch): Promise<{ bytes: Uint8Array; names: string[] }> {
  const pkg = await openPackage(bytes);
  const parts = await workbookParts(pkg);
  const added = patch.sheets ?? [];
  const fills = patch.fills ?? [];
  const cells = patch.cells ?? [];
  if (cells.length === 0 && added.length === 0 && fills.length === 0) return { bytes, names: [] };
  let stylesPath = [...parts.related.values()].find((r) => /\/styles$/.test(r.type))?.path;
  const stylesText = stylesPath ? await pkg.text(stylesPath) : null;
  const styles = stylesText !== null ? new StylesXml(stylesText) : added.length || fills.length ? new StylesXml(EMPTY_STYLES) : null;
  if (styles && stylesText === null) stylesPath = await addStylesPart(pkg, parts);

  const names: string[] = [];
  for (const sheet of added) names.push((await addSheet(pkg, parts, styles!, sheet)).name);

  // A fill on a cell also written goes with the write; the others change only the cell's style.
  const bySheet = new Map<string, CellContentToWrite[]>();
  const push = (sheet: string, c: CellContentToWrite) => bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), c]);
  const written = new Map<string, CellContentToWrite>();
  for (const c of cells) {
    const target: CellContentToWrite = { row: c.row, col: c.col, value: c.value, formula: c.formula, numFmt: c.numFmt };
    written.set(`${c.sheet}!${c.row},${c.col}`, target);
    push(c.sheet, target);
  }
  for (const f of fills) {
    const same = written.get(`${f.sheet}!${f.row},${f.col}`);
    if (same) same.fill = f.fill;
    else push(f.sheet, { row: f.row, col: f.col, value: null, fill: f.fill, styleOnly: true });
  }
  const edited: { sheetId: string; refs: Set<string> }[] = [];
  const sheets: { path: string; xml: SheetXml; list: CellContentToWrite[] }[] = [];
  for (const [name, list] of bySheet) {
    const part = parts.sheets.find((s) => s.name === name);
    const text = part ? await pkg.text(part.path) : null;
    if (!part || text === null) throw new PatchRefused({ zh: `找不到工作表“${name}”，未写入任何单元格`, en: `Sheet "${name}" was not found; no cell was written` });
    const sheet = new SheetXml(text, styles);
    const content = list.filter((c) => !c.styleOnly);
    if (sheet.isProtected) {
      const locked = sheet.lockedCells(content);
      if (locked.length) throw new PatchRefused(protectedMessage(name, locked));
    }
    sheets.push({ path: part.path, xml: sheet, list });
    if (content.length) edited.push({ sheetId: part.sheetId, refs: new Set(content.map((c) => refOf(c.row, c.col))) });
  }
  // Every check passed: now write (a failure from here on still leaves the input bytes untouched).
  for (const { path, xml, list } of sheets) {
    xml.write(list);
    pkg.put(path, xml.xml);
  }
  if (styles?.changed && stylesPath) pkg.put(stylesPath, styles.xml);
  await dropFromCalcChain(pkg, parts, edited);
  if (cells.length || added.length) await recalculateOnOpen(pkg, parts);
  return { bytes: await packageBytes(pkg), names };
}

/** A styles part for a package that has none (a new sheet's cells need styles): its relationship and content type too. */
async function addStylesPart(pkg: OpenedPackage, parts: WorkbookParts): Promise<string> {
  const dir = parts.workbook.slice(0, parts.workbook.lastIndexOf('/') + 1);
  const path = `${dir}styles.xml`;
  const rels = relsOf(parts.workbook);
  const relsXml = (await pkg.text(rels)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set(elements(relsXml, 'Relationship').map((r) => attr(r.tag, 'Id')));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
  pkg.put(rels, relsXml.replace(/<\/([\w.-]+:)?Relationships>\s*$/, (end, p = '') => `<${p}Relationship Id="rId${k}" Type="${type}" Target="styles.xml"/>${end}`));
  const types = (await pkg.text('[Content_Types].xml'))!;
  pkg.put('[Content_Types].xml', types.replace(/<\/([\w.-]+:)?Types>\s*$/, (end, p = '') => `<${p}Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${end}`));
  parts.related.set(`rId${k}`, { type, path });
  return path;
}

/**
 * Takes the edited cells out of the calculation chain: a cell that no longer holds a formula must not be in
 * it, and Excel rebuilds the chain for formulas it does not list. Each entry's sheet (`i`) is written out,
 * since an entry without one inherits it from the entry before, which may be gone.
 */
async function dropFromCalcChain(pkg: OpenedPackage, parts: WorkbookParts, edited: { sheetId: string; refs: Set<string> }[]) {
  const path = [...parts.related.values()].find((r) => /\/calcChain$/.test(r.type))?.path;
  const xml = path ? await pkg.text(path) : null;
  if (!path || xml === null) return;
  let sheet = '';
  let out = '';
  let at = 0;
  let dropped = false;
  for (const c of elements(xml, 'c')) {
    const i = attr(c.tag, 'i');
    const inherited = i === null;
    if (i !== null) sheet = i;
    const drop = edited.some((e) => e.sheetId === sheet && e.refs.has((attr(c.tag, 'r') ?? '').replace(/\$/g, '')));
    out += xml.slice(at, c.start);
    if (drop) dropped = true;
    else out += inherited && dropped ? withAttr(c.tag, 'i', sheet) + xml.slice(c.tagEnd, c.end) : xml.slice(c.start, c.end);
    at = c.end;
  }
  out += xml.slice(at);
  if (!dropped) return;
  if (elements(out, 'c').length > 0) return void pkg.put(path, out);
  // A chain must list at least one cell: with none left it goes, with its relationship and content type.
  pkg.zip.remove(path);
  const rels = relsOf(parts.workbook);
  const relsXml = (await pkg.text(rels))!;
  pkg.put(rels, withoutElement(relsXml, 'Relationship', (tag) => /\/calcChain$/.test(attr(tag, 'Type') ?? '')));
  const types = (await pkg.text('[Content_Types].xml'))!;
  pkg.put('[Content_Types].xml', withoutElement(types, 'Override', (tag) => attr(tag, 'PartName') === `/${path}`));
}

/** Sets `fullCalcOnLoad` so that formulas reading the edited cells are recalculated when the file is opened. */
async function recalculateOnOpen(pkg: OpenedPackage, parts: WorkbookParts) {
  const xml = (await pkg.text(parts.workbook))!;
  const calcPr = firstElement(xml, 'calcPr');
  let out: string;
  if (calcPr) {
    if (attr(calcPr.tag, 'fullCalcOnLoad') === '1') return;
    out = xml.slice(0, calcPr.start) + withAttr(calcPr.tag, 'fullCalcOnLoad', '1') + xml.slice(calcPr.tagEnd);
  } else {
    // calcPr follows definedNames and comes before oleSize … extLst (CT_Workbook's sequence)
    const prefix = /<([\w.-]+:)?workbook[\s>]/.exec(xml)?.[1] ?? '';
    const later = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
    const next = later.map((n) => firstElement(xml, n)).find((e) => e !== null);
    const at = next ? next.start : xml.lastIndexOf(`</${prefix}workbook>`);
    out = `${xml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
  }
  pkg.put(parts.workbook, out);
}

function withoutElement(xml: string, name: string, match: (tag: string) => boolean): string {
  const gone = elements(xml, name).filter((e) => match(e.tag));
  let out = xml;
  for (const e of gone.reverse()) out = out.slice(0, e.start) + out.slice(e.end);
  return out;
}
