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
