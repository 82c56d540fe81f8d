/**
 * Number formats and merged areas of a whole range in one call: `Range.Value(11)` returns the range as an
 * XML Spreadsheet 2003 document, whose cells name their style (`ss:StyleID` → `<NumberFormat ss:Format>`) and
 * carry their merges (`ss:MergeAcross`, `ss:MergeDown`). Asking ET for each cell's format instead would cost a
 * call per cell, which on a long sheet is seconds.
 */
import type { MergeArea } from '../core';
import { numFmtOf } from './values';

/** The part of the DOM's DOMParser used; jsdom's in Node tests, the page's in WPS. */
export interface XmlParser {
  parseFromString(text: string, type: 'text/xml'): Document;
}

export interface XmlSheetInfo {
  /** Number formats by cell, keyed `row * 16384 + col`, 0-based from the range's first cell. */
  formats: Map<number, string>;
  /** Merged areas, 0-based from the range's first cell. */
  merges: MergeArea[];
}

const SS = 'urn:schemas-microsoft-com:office:spreadsheet';

/**
 * Excel writes its built-in formats by name in XML Spreadsheet (`0.00%` is "Percent"); these are their codes.
 * Names without a fixed code (dates, currency) are left as they are: they tell no rate or amount apart.
 */
const NAMED_FORMATS: Record<string, string> = {
  'General Number': 'General',
  Fixed: '0.00',
  Standard: '#,##0.00',
  Percent: '0.00%',
  Scientific: '0.00E+00',
};

/** Reads formats and merges out of an XML Spreadsheet; null when the text is not one (the caller falls back). */
export function parseXmlSpreadsheet(xml: string, parser: XmlParser): XmlSheetInfo | null {
  let doc: Document;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch {
    return null;
  }
  if (doc.getElementsByTagName('parsererror').length > 0) return null;
  const table = descendants(doc.documentElement, 'Worksheet').flatMap((ws) => children(ws, 'Table'))[0];
  if (!table) return null;

  const styles = styleFormats(doc);
  const formats = new Map<number, string>();
  const merges: MergeArea[] = [];
  // Columns may carry a style their cells inherit.
  const columnStyles = new Map<number, string>();
  let col = 0;
  for (const column of children(table, 'Column')) {
    col = indexOf(column, col);
    const style = attr(column, 'StyleID');
    const span = intAttr(column, 'Span') ?? 0;
    if (style) for (let c = col; c <= col + span; c++) columnStyles.set(c, style);
    col += span;
  }

  let row = 0;
  for (const rowEl of children(table, 'Row')) {
    row = indexOf(rowEl, row);
    const rowStyle = attr(rowEl, 'StyleID');
    let c = 0;
    for (const cell of children(rowEl, 'Cell')) {
      c = indexOf(cell, c);
      const across = intAttr(cell, 'MergeAcross') ?? 0;
      const down = intAttr(cell, 'MergeDown') ?? 0;
      const style = attr(cell, 'StyleID') ?? rowStyle ?? columnStyles.get(c) ?? 'Default';
      const format = styles.get(style);
      if (format) formats.set((row - 1) * 16384 + (c - 1), format);
      if (across > 0 || down > 0) merges.push({ top: row - 1, left: c - 1, bottom: row - 1 + down, right: c - 1 + across });
      c += across; // the next cell without an ss:Index follows the merged area
    }
    row += intAttr(rowEl, 'Span') ?? 0; // ss:Span: this row repeated
  }
  return { formats, merges };
}

/** Each style's number format, following `ss:Parent`; styles without one are absent (General). */
function styleFormats(doc: Document): Map<string, string> {
  const own = new Map<string, string | null>();
  const parent = new Map<string, string>();
  for (const style of descendants(doc.documentElement, 'Style')) {
    const id = attr(style, 'ID');
    if (!id) continue;
    const format = children(style, 'NumberFormat')[0];
    own.set(id, format ? (attr(format, 'Format') ?? 'General') : null);
    const from = attr(style, 'Parent');
    if (from) parent.set(id, from);
  }
  const formats = new Map<string, string>();
  for (const id of own.keys()) {
    let at: string | undefined = id;
    let format: string | null | undefined = null;
    for (let depth = 0; at && depth < 10 && format === null; depth++, at = parent.get(at)) format = own.get(at) ?? null;
    const code = numFmtOf(format ? (NAMED_FORMATS[format] ?? format) : undefined);
    if (code) formats.set(id, code);
  }
  return formats;
}

/** The element's 1-based ss:Index, or the one after the previous element's. */
function indexOf(el: Element, previous: number): number {
  return intAttr(el, 'Index') ?? previous + 1;
}

/** An ss: attribute, whether the document binds the prefix to the namespace or (a lax writer) not. */
function attr(el: Element, name: string): string | undefined {
  return el.getAttributeNS(SS, name) ?? el.getAttribute(`ss:${name}`) ?? undefined;
}

function intAttr(el: Element, name: string): number | undefined {
  const text = attr(el, name);
  const n = text === undefined ? NaN : parseInt(text, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** Child elements by local name, whatever their namespace. */
function children(el: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.localName === name) found.push(child);
  return found;
}

function descendants(el: Element | null, name: string): Element[] {
  if (!el) return [];
  return Array.from(el.getElementsByTagNameNS('*', name));
}
