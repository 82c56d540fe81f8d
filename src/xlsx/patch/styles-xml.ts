/**
 * The cell formats of styles.xml as the writer needs them: which number format and protection a cell's
 * style has, and a new style that differs only in its number format. A style is shared by every cell that
 * uses it, so a cell whose format must change gets a copy appended at the end; no existing record changes.
 */
import { attr, elements, escapeXml, firstElement, withAttr } from '../package/xml';

/** Number formats every spreadsheet knows by id without a record (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** The look of a cell on a new sheet: what a designed style or a report's header sets. */
export interface CellLook {
  font?: { name?: string; size?: number; bold?: boolean };
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: boolean;
  /** A solid fill, `#RRGGBB`. */
  fill?: string;
}

/** styleSheet's children in CT_Stylesheet's order: where a collection the file lacks goes. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const CHILD: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** `#RRGGBB` as an opaque ARGB colour. */
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string, as: 'fgColor' | 'bgColor') => `<fill><patternFill patternType="solid"><${as} rgb="${argb(hex)}"/></patternFill></fill>`;

/** A record written without prefix, given the prefix of the collection it goes into. */
function prefixed(record: string, prefix: string): string {
  return prefix ? record.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : record;
}

export class StylesXml {
  private added = new Map<string, number>();
  changed = false;

  constructor(public xml: string) {}

  private cellXfs() {
    const area = firstElement(this.xml, 'cellXfs');
    return { area, xfs: area && !area.selfClosing ? elements(this.xml, 'xf', area.tagEnd, area.end) : [] };
  }

  private formats(): Map<number, string> {
    const out = new Map<number, string>(Object.entries(BUILT_IN).map(([id, code]) => [Number(id), code]));
    const area = firstElement(this.xml, 'numFmts');
    if (area && !area.selfClosing) {
      for (const f of elements(this.xml, 'numFmt', area.tagEnd, area.end)) out.set(Number(attr(f.tag, 'numFmtId')), attr(f.tag, 'formatCode') ?? '');
    }
    return out;
  }

  /** The number format of cell style `s` ('General' when it has none). */
  formatOf(s: number): string {
    const xf = this.cellXfs().xfs[s];
    const id = Number(xf ? attr(xf.tag, 'numFmtId') ?? 0 : 0);
    return this.formats().get(id) ?? 'General';
  }

  /** Whether a cell of style `s` is locked, which it is unless its style says otherwise (the default of Excel). */
  locked(s: number): boolean {
    const xf = this.cellXfs().xfs[s];
    if (!xf || xf.selfClosing) return true;
    const protection = firstElement(this.xml, 'protection', xf.tagEnd, xf.end);
    const locked = protection ? attr(protection.tag, 'locked') : null;
    return !(locked === '0' || locked === 'false');
  }

  /** A style like `s` with number format `code`: `s` itself when it has it, else a copy appended once. */
  withFormat(s: number, code: string): number {
    if (this.formatOf(s) === code) return s;
    const key = `${s}\u0000${code}`;
    const done = this.added.get(key);
    if (done !== undefined) return done;
    const id = this.formatId(code);
    const { area, xfs } = this.cellXfs();
    if (!area) return s; // a package without cell styles: nothing to copy from
    const source = xfs[s] ?? xfs[0];
    let copy = source ? this.xml.slice(source.start, source.end) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const tag = source ? source.tag : copy;
    copy = withAttr(withAttr(tag, 'numFmtId', String(id)), 'applyNumberFormat', '1') + copy.slice(tag.length);
    const close = area.selfClosing ? -1 : this.xml.lastIndexOf('</', area.end - 1);
    const index = xfs.length;
    const open = withAttr(area.tag.endsWith('/>') ? area.tag.slice(0, -2) + '>' : area.tag, 'count', String(index + 1));
    const prefix = /^<([\w.-]+:)?/.exec(area.tag)?.[1] ?? '';
    const body = area.selfClosing ? '' : this.xml.slice(area.tagEnd, close);
    this.xml = `${this.xml.slice(0, area.start)}${open}${body}${copy}</${prefix}cellXfs>${this.xml.slice(area.end)}`;
    this.added.set(key, index);
    this.changed = true;
    return index;
  }

  /**
   * Appends a record to one of the style collections (fonts, fills, borders, cellXfs, dxfs), creating the
   * collection where CT_Stylesheet puts it when the file has none, and returns the record's index.
   */
  append(collection: 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs', record: string): number {
    const key = `${collection}\u0000${record}`;
    const done = this.added.get(key);
    if (done !== undefined) return done;
    const child = CHILD[collection];
    const area = firstElement(this.xml, collection);
    let index: number;
    if (area && !area.selfClosing) {
      const prefix = /^<([\w.-]+:)?/.exec(area.tag)?.[1] ?? '';
      index = elements(this.xml, child, area.tagEnd, area.end).length;
      const close = this.xml.lastIndexOf('</', area.end - 1);
      this.xml = `${this.xml.slice(0, area.start)}${withAttr(area.tag, 'count', String(index + 1))}${this.xml.slice(area.tagEnd, close)}${prefixed(record, prefix)}${this.xml.slice(close)}`;
    } else {
      const sheet = firstElement(this.xml, 'styleSheet')!;
      const prefix = /^<([\w.-]+:)?/.exec(sheet.tag)?.[1] ?? '';
      index = 0;
      const text = prefixed(`<${collection} count="1">${record}</${collection}>`, prefix);
      if (area) this.xml = this.xml.slice(0, area.start) + text + this.xml.slice(area.end);
      else {
        const later = ORDER.slice(ORDER.indexOf(collection) + 1).map((n) => firstElement(this.xml, n)).find((e) => e !== null);
        const at = later ? later.start : this.xml.lastIndexOf(`</${prefix}styleSheet>`);
        this.xml = this.xml.slice(0, at) + text + this.xml.slice(at);
      }
    }
    this.added.set(key, index);
    this.changed = true;
    return index;
  }

  /** The font of cell style 0 (the workbook's normal font) as name and size, for a look that names neither. */
  private normalFont(): { name: string; size: number } {
    const fonts = firstElement(this.xml, 'fonts');
    const font = fonts && !fonts.selfClosing ? elements(this.xml, 'font', fonts.tagEnd, fonts.end)[0] : undefined;
    const body = font ? this.xml.slice(font.start, font.end) : '';
    const sz = firstElement(body, 'sz');
    const name = firstElement(body, 'name');
    return { name: (name && attr(name.tag, 'val')) || 'Calibri', size: Number((sz && attr(sz.tag, 'val')) || 11) };
  }

  /** A cell style for a new sheet's cell: its font, alignment, border, fill and number format, appended once. */
  cellStyle(look: CellLook, numFmt?: string): number {
    const normal = this.normalFont();
    const font = `<font>${look.font?.bold ? '<b/>' : ''}<sz val="${look.font?.size ?? normal.size}"/><name val="${escapeXml(look.font?.name ?? normal.name)}"/></font>`;
    const fontId = this.append('fonts', font);
    const fillId = look.fill ? this.append('fills', solid(look.fill, 'fgColor').replace('</patternFill>', '<bgColor indexed="64"/></patternFill>')) : 0;
    const side = (n: string) => `<${n} style="thin"><color indexed="64"/></${n}>`;
    const borderId = look.border ? this.append('borders', `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`) : 0;
    const numFmtId = numFmt ? this.formatId(numFmt) : 0;
    const alignment =
      look.align || look.wrap ? `<alignment${look.align ? ` horizontal="${look.align}"` : ''} vertical="center"${look.wrap ? ' wrapText="1"' : ''}/>` : '';
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.append('cellXfs', alignment ? `${open}>${alignment}</xf>` : `${open}/>`);
  }

  /** A differential style that fills a cell with `color`, for a conditional format. */
  dxfFill(color: string): number {
    return this.append('dxfs', `<dxf>${solid(color, 'bgColor')}</dxf>`);
  }

  /**
   * A style like `s` with a solid fill of `color`, or with no fill (null): `s` itself when it already has it,
   * else a copy appended once, as withFormat does for number formats.
   */
  withFill(s: number, color: string | null): number {
    const fillId = color ? this.append('fills', solid(color, 'fgColor').replace('</patternFill>', '<bgColor indexed="64"/></patternFill>')) : this.noFill();
    const { xfs } = this.cellXfs();
    const source = xfs[s] ?? xfs[0];
    if (source && Number(attr(source.tag, 'fillId') ?? 0) === fillId) return s;
    const whole = source ? this.xml.slice(source.start, source.end) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const tag = source ? source.tag : whole;
    const copy = withAttr(withAttr(tag, 'fillId', String(fillId)), 'applyFill', '1') + whole.slice(tag.length);
    const prefix = /^<([\w.-]+:)?/.exec(tag)?.[1] ?? '';
    return this.append('cellXfs', prefix ? copy.replace(new RegExp(`<(/?)${prefix}`, 'g'), '<$1') : copy);
  }

  /** The first fill record with no pattern (Excel's fill 0), appended when the file has none. */
  private noFill(): number {
    const fills = firstElement(this.xml, 'fills');
    const list = fills && !fills.selfClosing ? elements(this.xml, 'fill', fills.tagEnd, fills.end) : [];
    const i = list.findIndex((f) => {
      const p = firstElement(this.xml, 'patternFill', f.tagEnd, f.end);
      return p && (attr(p.tag, 'patternType') ?? 'none') === 'none' && !firstElement(this.xml, 'gradientFill', f.tagEnd, f.end);
    });
    return i >= 0 ? i : this.append('fills', '<fill><patternFill patternType="none"/></fill>');
  }

  /** The id of number format `code`: a built-in one, one the file has, or a new record. */
  private formatId(code: string): number {
    for (const [id, c] of this.formats()) if (c === code) return id;
    const ids = [...this.formats().keys()];
    const id = Math.max(163, ...ids) + 1; // ids below 164 are reserved for built-in formats
    const record = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
    const area = firstElement(this.xml, 'numFmts');
    if (area && !area.selfClosing) {
      const count = elements(this.xml, 'numFmt', area.tagEnd, area.end).length + 1;
      const close = this.xml.lastIndexOf('</', area.end - 1);
      this.xml = `${this.xml.slice(0, area.start)}${withAttr(area.tag, 'count', String(count))}${this.xml.slice(area.tagEnd, close)}${record}${this.xml.slice(close)}`;
    } else {
      // numFmts comes first in a styleSheet (CT_Stylesheet's sequence)
      const sheet = firstElement(this.xml, 'styleSheet')!;
      const prefix = /^<([\w.-]+:)?/.exec(sheet.tag)?.[1] ?? '';
      const at = area ? area.start : sheet.tagEnd;
      const end = area ? area.end : sheet.tagEnd;
      this.xml = `${this.xml.slice(0, at)}<${prefix}numFmts count="1">${record.replace('<numFmt', `<${prefix}numFmt`)}</${prefix}numFmts>${this.xml.slice(end)}`;
    }
    this.changed = true;
    return id;
  }
}
