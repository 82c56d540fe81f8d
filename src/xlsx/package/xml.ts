/**
 * Small, exact helpers for editing OOXML parts as text. The writer changes a few elements of a part and must
 * leave every other byte of it as it was, which a parse-and-serialise round trip would not: these find an
 * element's extent and read or set one attribute of a start tag, and nothing more.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One element found in a part: where its start tag and the whole element begin and end. */
export interface ElementSpan {
  /** Offset of `<`. */
  start: number;
  /** Offset just past the start tag's `>`. */
  tagEnd: number;
  /** Offset just past the element (its end tag, or the start tag when it closes itself). */
  end: number;
  selfClosing: boolean;
  /** The start tag's text, `<c r="A1" s="2">`. */
  tag: string;
}

/** The offset just past the `>` that ends the tag opened at `from`, skipping `>` inside quoted attribute values. */
function tagClose(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

/**
 * The elements named `name` (with any namespace prefix) between `from` and `to`, in order. Elements of that
 * name must not nest (true of the parts' rows, cells, sheets, relationships and styles' records).
 */
export function elements(xml: string, name: string, from = 0, to = xml.length): ElementSpan[] {
  const out: ElementSpan[] = [];
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${name})(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml)) && m.index < to) {
    const start = m.index;
    const tagEnd = tagClose(xml, start);
    if (tagEnd < 0) break;
    const selfClosing = xml[tagEnd - 2] === '/';
    let end = tagEnd;
    if (!selfClosing) {
      const close = xml.indexOf(`</${m[1]}>`, tagEnd);
      if (close < 0) break;
      end = close + m[1].length + 3;
    }
    out.push({ start, tagEnd, end, selfClosing, tag: xml.slice(start, tagEnd) });
    open.lastIndex = end;
  }
  return out;
}

/** The first element named `name`, or null. */
export function firstElement(xml: string, name: string, from = 0, to = xml.length): ElementSpan | null {
  return elements(xml, name, from, to)[0] ?? null;
}

/** An attribute's value (unescaped) in a start tag; `name` may be given with or without its prefix (`r:id` or `id`). */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s(?:[A-Za-z_][\\w.-]*:)?${name.replace(/^.*:/, '')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : null;
}

/** The start tag with `name` set to `value` (added before the tag's end when missing), or removed with null. */
export function withAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, value === null ? '' : ` ${name}="${escapeXml(value)}"`);
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

/** The namespace prefix of an element's tag (`x:` of `<x:row>`), empty for none. */
export function prefixOf(tag: string): string {
  const m = /^<([A-Za-z_][\w.-]*:)?/.exec(tag);
  return m?.[1] ?? '';
}
