/**
 * A new worksheet added to a package as a patch: its part written from a sheet design (values, formulas,
 * merges, column widths, row heights, styles, validations, conditional fills, print settings), and the few
 * parts that list sheets told about it — workbook.xml's `<sheet>` (and its print titles), the workbook's
 * relationships, [Content_Types].xml and the sheet titles of docProps/app.xml. Styles are appended to
 * styles.xml, never changed in place; every other part stays byte for byte.
 */
import { rangeA1 } from '../../core/address';
import type { MergeArea } from '../../core';
import { STYLES, validationBound, type HighlightRule, type ScoreValidation, type SheetDesign } from '../../core/design';
import { freeSheetName } from '../../host/spreadsheet-host';
import type { OpenedPackage } from '../package/zip';
import { relationships, relsOf, type SheetPart, type WorkbookParts } from '../package/parts';
import { attr, elements, escapeXml, firstElement, prefixOf, withAttr } from '../package/xml';
import { refOf } from './cell-ref';
import { notFinite, PatchRefused } from '../errors';
import type { CellLook, StylesXml } from './styles-xml';

export interface NewCell {
  value?: string | number | boolean | null;
  /** Without `=`. */
  formula?: string;
  numFmt?: string;
  look?: CellLook;
}

/** A sheet to add: a design's content with its looks spelled out. */
export interface NewSheet {
  name: string;
  /** cells[r][c], 0-based. */
  cells: (NewCell | undefined)[][];
  merges: MergeArea[];
  /** In characters. */
  columnWidths: number[];
  rowHeights: Record<number, number>;
  validations: ScoreValidation[];
  highlights: HighlightRule[];
  /** A4, one page wide, these rows repeated on every page; absent: the spreadsheet's defaults. */
  print?: { repeatRows: [number, number] };
  showGridLines: boolean;
}

/** A designed sheet (a template, next year's form) as a sheet to add: the named styles in SimSun, as every host draws them. */
export function newSheetOfDesign(design: SheetDesign): NewSheet {
  return {
    name: design.name,
    cells: design.cells.map((row) =>
      row?.map((cell) => {
        if (!cell) return undefined;
        const style = STYLES[cell.style];
        return {
          value: cell.value,
          formula: cell.formula,
          numFmt: cell.numFmt,
          look: { font: { name: 'SimSun', size: style.size ?? 10, bold: style.bold }, align: style.align, wrap: style.wrap, border: style.border, fill: style.fill },
        };
      }),
    ),
    merges: design.merges,
    columnWidths: design.columnWidths,
    rowHeights: design.rowHeights,
    validations: design.validations,
    highlights: design.highlights,
    print: design.print,
    showGridLines: false,
  };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL}/worksheet`;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** A cell's element: text as an inline string, so sharedStrings.xml is left alone. */
function cellXml(row: number, col: number, cell: NewCell, style: number): string {
  const head = `<c r="${refOf(row, col)}"${style ? ` s="${style}"` : ''}`;
  const v = cell.value;
  if (typeof v === 'number' && !Number.isFinite(v)) throw new PatchRefused(notFinite(refOf(row, col)));
  if (cell.formula) {
    const f = `<f>${escapeXml(cell.formula)}</f>`;
    if (typeof v === 'number') return `${head}>${f}<v>${v}</v></c>`;
    if (typeof v === 'string' && v !== '') return `${head} t="str">${f}<v>${escapeXml(v)}</v></c>`;
    return `${head}>${f}</c>`;
  }
  if (v === undefined || v === null || v === '') return `${head}/>`;
  if (typeof v === 'number') return `${head}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `${head} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}

/** The worksheet part of `sheet`, its styles appended to `styles`, in CT_Worksheet's order of elements. */
export function worksheetXml(sheet: NewSheet, styles: StylesXml): string {
  let bottom = -1;
  let right = -1;
  const rows: string[] = [];
  const last = Math.max(sheet.cells.length - 1, ...Object.keys(sheet.rowHeights).map(Number));
  for (let r = 0; r <= last; r++) {
    const cells = (sheet.cells[r] ?? [])
      .map((cell, c) => {
        if (!cell) return '';
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
        return cellXml(r, c, cell, cell.look || cell.numFmt ? styles.cellStyle(cell.look ?? {}, cell.numFmt) : 0);
      })
      .join('');
    const height = sheet.rowHeights[r];
    if (!cells && height === undefined) continue;
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    rows.push(cells ? `<row r="${r + 1}"${ht}>${cells}</row>` : `<row r="${r + 1}"${ht}/>`);
  }
  const dimension = bottom >= 0 ? `${refOf(0, 0)}:${refOf(bottom, right)}` : 'A1';
  const cols = sheet.columnWidths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('');
  // Excel "repairs" a file whose merges overlap by dropping them: refuse such a sheet rather than write it.
  sheet.merges.forEach((m, i) => {
    const other = sheet.merges.slice(0, i).find((k) => k.top <= m.bottom && m.top <= k.bottom && k.left <= m.right && m.left <= k.right);
    if (other) {
      const a = rangeA1(other.top, other.left, other.bottom, other.right);
      const b = rangeA1(m.top, m.left, m.bottom, m.right);
      throw new PatchRefused({ zh: `工作表“${sheet.name}”的合并区域 ${b} 与 ${a} 重叠，未写入任何内容`, en: `In sheet "${sheet.name}" the merged areas ${b} and ${a} overlap; nothing was written` });
    }
  });
  const merges = sheet.merges.map((m) => `<mergeCell ref="${rangeA1(m.top, m.left, m.bottom, m.right)}"/>`).join('');
  const highlights = sheet.highlights
    .map((h, i) => {
      const dxf = styles.dxfFill(h.fill);
      return `<conditionalFormatting sqref="${rangeA1(h.area.top, h.area.left, h.area.bottom, h.area.right)}"><cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${escapeXml(h.formula)}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
  // One rule per row: a validation's upper bound is the weight of its own row.
  const validations = sheet.validations.flatMap((v) => {
    const out: string[] = [];
    for (let r = v.area.top; r <= v.area.bottom; r++) {
      const max = validationBound(v, r);
      const sqref = rangeA1(r, v.area.left, r, v.area.right);
      out.push(
        `<dataValidation type="decimal" operator="${max ? 'between' : 'greaterThanOrEqual'}" allowBlank="1" showErrorMessage="1" errorTitle="数值不合规" error="${escapeXml(v.message)}" sqref="${sqref}"><formula1>${v.min}</formula1>${max ? `<formula2>${escapeXml(max)}</formula2>` : ''}</dataValidation>`,
      );
    }
    return out;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    (sheet.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView${sheet.showGridLines ? '' : ' showGridLines="0"'} workbookViewId="0"/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    (rows.length ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>') +
    (merges ? `<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>` : '') +
    highlights +
    (validations.length ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>` : '') +
    (sheet.print ? '<printOptions horizontalCentered="1"/>' : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    (sheet.print ? '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>' : '') +
    '</worksheet>'
  );
}

/** Inserts `text` before the end tag of the first element `name` of `xml`. */
function beforeEnd(xml: string, name: string, text: string): string | null {
  const el = firstElement(xml, name);
  if (!el || el.selfClosing) return null;
  const close = xml.lastIndexOf('</', el.end - 1);
  return xml.slice(0, close) + text + xml.slice(close);
}

/** The sheet names a workbook part lists, chart sheets included (a new name must differ from all of them). */
export function sheetNamesOf(workbookXml: string): string[] {
  return elements(workbookXml, 'sheet').map((s) => attr(s.tag, 'name') ?? '');
}

/**
 * Adds `sheet` to the package under its own name, or a free one near it when that is taken; returns the
 * part it now is. `parts` is kept up to date, so later cell writes can reach the new sheet.
 */
export async function addSheet(pkg: OpenedPackage, parts: WorkbookParts, styles: StylesXml, sheet: NewSheet): Promise<SheetPart> {
  let workbook = (await pkg.text(parts.workbook))!;
  const names = sheetNamesOf(workbook);
  const name = freeSheetName(sheet.name, names);
  const sheetIds = elements(workbook, 'sheet').map((s) => Number(attr(s.tag, 'sheetId')) || 0);
  const sheetId = String(Math.max(0, ...sheetIds) + 1);

  // A part name no entry has (zip names compare without case in Excel).
  const dir = parts.workbook.slice(0, parts.workbook.lastIndexOf('/') + 1);
  const taken = new Set(pkg.names.map((n) => n.toLowerCase()));
  let n = parts.sheets.length + 1;
  while (taken.has(`${dir}worksheets/sheet${n}.xml`.toLowerCase())) n++;
  const path = `${dir}worksheets/sheet${n}.xml`;

  // A relationship id the workbook's relationships do not use (external ones included).
  const relsPath = relsOf(parts.workbook);
  let rels = await pkg.text(relsPath);
  const ids = new Set(rels ? elements(rels, 'Relationship').map((r) => attr(r.tag, 'Id')) : []);
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  const rId = `rId${k}`;

  pkg.put(path, worksheetXml({ ...sheet, name }, styles));

  const relation = `<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/>`;
  rels = rels ? beforeEnd(rels, 'Relationships', relation.replace(/^<|<\//g, (m) => m + prefixOf(firstElement(rels!, 'Relationships')!.tag))) : null;
  pkg.put(relsPath, rels ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relation}</Relationships>`);

  const types = (await pkg.text('[Content_Types].xml'))!;
  const typesPrefix = prefixOf(firstElement(types, 'Types')?.tag ?? '<Types');
  const withType = beforeEnd(types, 'Types', `<${typesPrefix}Override PartName="/${escapeXml(path)}" ContentType="${WORKSHEET_CONTENT}"/>`);
  if (withType) pkg.put('[Content_Types].xml', withType);

  // workbook.xml: the sheet goes last, with the relationships namespace's prefix the workbook already uses.
  const sheetsEl = firstElement(workbook, 'sheets')!;
  const p = prefixOf(sheetsEl.tag);
  const relPrefix = /\s([\w.-]+):id\s*=/.exec(elements(workbook, 'sheet')[0]?.tag ?? '')?.[1] ?? new RegExp(`xmlns:([\\w.-]+)="${REL}"`).exec(workbook)?.[1];
  const idAttr = relPrefix ? `${relPrefix}:id="${rId}"` : `xmlns:r="${REL}" r:id="${rId}"`;
  const sheetTag = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttr}/>`;
  workbook = sheetsEl.selfClosing
    ? workbook.slice(0, sheetsEl.start) + `<${p}sheets>${sheetTag}</${p}sheets>` + workbook.slice(sheetsEl.end)
    : beforeEnd(workbook, 'sheets', sheetTag)!;
  if (sheet.print) workbook = withPrintTitles(workbook, p, names.length, name, sheet.print.repeatRows);
  pkg.put(parts.workbook, workbook);

  await addTitle(pkg, name);
  const part = { name, path, sheetId };
  parts.sheets.push(part);
  parts.related.set(rId, { type: WORKSHEET_TYPE, path });
  return part;
}

/** The rows printed on every page, as Excel keeps them: a defined name local to the sheet. */
function withPrintTitles(workbook: string, p: string, index: number, name: string, [from, to]: [number, number]): string {
  const ref = `'${name.replace(/'/g, "''")}'!$${from + 1}:$${to + 1}`;
  const defined = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(ref)}</${p}definedName>`;
  const names = firstElement(workbook, 'definedNames');
  if (names && !names.selfClosing) return beforeEnd(workbook, 'definedNames', defined)!;
  const block = `<${p}definedNames>${defined}</${p}definedNames>`;
  if (names) return workbook.slice(0, names.start) + block + workbook.slice(names.end);
  // definedNames follows sheets, functionGroups and externalReferences (CT_Workbook's sequence)
  const after = firstElement(workbook, 'externalReferences') ?? firstElement(workbook, 'functionGroups') ?? firstElement(workbook, 'sheets')!;
  return workbook.slice(0, after.end) + block + workbook.slice(after.end);
}

/**
 * Adds the sheet's name to the titles docProps/app.xml lists, where the file has them in the usual shape
 * (a heading "Worksheets" or "工作表" with its count); any other shape is left as it is, since spreadsheets
 * rewrite these titles on saving and never read them.
 */
async function addTitle(pkg: OpenedPackage, name: string): Promise<void> {
  const root = await relationships(pkg, '');
  const path = [...root.values()].find((r) => /\/extended-properties$/.test(r.type))?.path;
  const xml = path ? await pkg.text(path) : null;
  if (!path || xml === null) return;
  const pairs = firstElement(xml, 'HeadingPairs');
  const titles = firstElement(xml, 'TitlesOfParts');
  if (!pairs || !titles || pairs.selfClosing || titles.selfClosing) return;
  const variants = elements(xml, 'variant', pairs.tagEnd, pairs.end);
  let offset = 0;
  let count: { span: ReturnType<typeof firstElement>; value: number } | null = null;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = firstElement(xml, 'lpstr', variants[i].tagEnd, variants[i].end);
    const number = firstElement(xml, 'i4', variants[i + 1].tagEnd, variants[i + 1].end);
    if (!label || !number) return;
    const value = Number(xml.slice(number.tagEnd, xml.indexOf('<', number.tagEnd)));
    if (/^(Worksheets|工作表)$/.test(xml.slice(label.tagEnd, xml.indexOf('<', label.tagEnd)))) {
      count = { span: number, value };
      break;
    }
    offset += value;
  }
  const vector = firstElement(xml, 'vector', titles.tagEnd, titles.end);
  if (!count || !count.span || !vector || vector.selfClosing) return;
  const list = elements(xml, 'lpstr', vector.tagEnd, vector.end);
  const at = offset + count.value;
  if (at > list.length) return;
  const lp = prefixOf(list[0]?.tag ?? vector.tag);
  const insertAt = at === 0 ? vector.tagEnd : list[at - 1].end;
  const edits: [number, number, string][] = [
    [vector.start, vector.tagEnd, withAttr(vector.tag, 'size', String(list.length + 1))],
    [insertAt, insertAt, `<${lp}lpstr>${escapeXml(name)}</${lp}lpstr>`],
    [count.span.tagEnd, xml.indexOf('<', count.span.tagEnd), String(count.value + 1)],
  ];
  let out = xml;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) out = out.slice(0, from) + text + out.slice(to);
  pkg.put(path, out);
}
