/**
 * Writes cells into an .xlsx file's bytes as a patch: only the parts an edit needs change (the edited sheets,
 * styles.xml when a cell's number format must change, the calculation chain and the recalculate-on-open flag),
 * and every other part of the package is copied through with its compressed bytes as they were. The same
 * writer serves `jixiao score` and the web page's download.
 */
import type { CellValue } from '../../core';
import { openPackage, packageBytes, type OpenedPackage } from '../package/zip';
import { relsOf, workbookParts, type WorkbookParts } from '../package/parts';
import { attr, elements, firstElement, withAttr } from '../package/xml';
import { refOf } from './cell-ref';
import { SheetXml } from './sheet-xml';
import { StylesXml } from './styles-xml';

export interface PatchCell {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** Without `=`. */
  formula?: string;
  numFmt?: string;
}

/** A write the file does not allow, said in Chinese with what to do about it. */
export class PatchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchRefused';
  }
}

export function protectedMessage(sheet: string, locked: string[]): string {
  const shown = locked.length > 8 ? `${locked.slice(0, 8).join('、')} 等 ${locked.length} 个单元格` : locked.join('、');
  return `工作表“${sheet}”受保护，要写入的 ${shown} 已锁定，未写入任何单元格。请在 Excel 或 WPS 中“审阅 → 撤销工作表保护”后再写入，或先把这些单元格设为不锁定（设置单元格格式 → 保护）再保护工作表`;
}

/** The bytes of the workbook with `cells` written, all or none. */
export async function patchWorkbook(bytes: Uint8Array, cells: readonly PatchCell[]): Promise<Uint8Array> {
  const pkg = await openPackage(bytes);
  const parts = await workbookParts(pkg);
  if (cells.length === 0) return bytes;
  const stylesPath = [...parts.related.values()].find((r) => /\/styles$/.test(r.type))?.path;
  const stylesText = stylesPath ? await pkg.text(stylesPath) : null;
  const styles = stylesText !== null ? new StylesXml(stylesText) : null;

  const bySheet = new Map<string, PatchCell[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const edited: { sheetId: string; refs: Set<string> }[] = [];
  const sheets: { path: string; xml: SheetXml }[] = [];
  for (const [name, list] of bySheet) {
    const part = parts.sheets.find((s) => s.name === name);
    const text = part ? await pkg.text(part.path) : null;
    if (!part || text === null) throw new PatchRefused(`找不到工作表“${name}”，未写入任何单元格`);
    const sheet = new SheetXml(text, styles);
    if (sheet.isProtected) {
      const locked = sheet.lockedCells(list);
      if (locked.length) throw new PatchRefused(protectedMessage(name, locked));
    }
    sheets.push({ path: part.path, xml: sheet });
    edited.push({ sheetId: part.sheetId, refs: new Set(list.map((c) => refOf(c.row, c.col))) });
  }
  // Every check passed: now write (a failure from here on still leaves the input bytes untouched).
  sheets.forEach(({ xml }, i) => xml.write([...bySheet.values()][i]));
  for (const { path, xml } of sheets) pkg.zip.file(path, xml.xml);
  if (styles?.changed && stylesPath) pkg.zip.file(stylesPath, styles.xml);
  await dropFromCalcChain(pkg, parts, edited);
  await recalculateOnOpen(pkg, parts);
  return packageBytes(pkg);
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
  if (elements(out, 'c').length > 0) return void pkg.zip.file(path, out);
  // A chain must list at least one cell: with none left it goes, with its relationship and content type.
  pkg.zip.remove(path);
  const rels = relsOf(parts.workbook);
  const relsXml = (await pkg.text(rels))!;
  pkg.zip.file(rels, withoutElement(relsXml, 'Relationship', (tag) => /\/calcChain$/.test(attr(tag, 'Type') ?? '')));
  const types = (await pkg.text('[Content_Types].xml'))!;
  pkg.zip.file('[Content_Types].xml', withoutElement(types, 'Override', (tag) => attr(tag, 'PartName') === `/${path}`));
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
  pkg.zip.file(parts.workbook, out);
}

function withoutElement(xml: string, name: string, match: (tag: string) => boolean): string {
  const gone = elements(xml, name).filter((e) => match(e.tag));
  let out = xml;
  for (const e of gone.reverse()) out = out.slice(0, e.start) + out.slice(e.end);
  return out;
}
