/**
 * Edits the cells of one worksheet part in place. The part is scanned for its rows and cells (`<row>`, `<c>`),
 * and each target cell's element is replaced — or inserted in row and column order — while every other byte
 * of the part stays as it was. A shared formula whose first cell is overwritten is first written out in full
 * in each cell of its group, so those cells keep their formulas.
 */
import type { CellValue } from '../../core';
import { attr, elements, escapeXml, firstElement, prefixOf, withAttr, type ElementSpan } from '../package/xml';
import { colIndex, parseArea, refOf } from './cell-ref';
import { shiftFormula } from './shift-formula';
import type { StylesXml } from './styles-xml';
import { notFinite, PatchRefused } from '../errors';

export interface CellContentToWrite {
  row: number;
  col: number;
  value: CellValue;
  /** Without `=`. */
  formula?: string;
  numFmt?: string;
  /** A solid fill (`#RRGGBB`) to give the cell, or null to take its fill away; absent: the fill stays. */
  fill?: string | null;
  /** Only the cell's style changes (its fill): its content stays as it is. */
  styleOnly?: boolean;
}

interface CellSpan extends ElementSpan {
  col: number;
}
interface RowSpan extends ElementSpan {
  row: number;
  cells: CellSpan[];
}

export class SheetXml {
  private readonly prefix: string;

  constructor(
    public xml: string,
    private readonly styles: StylesXml | null,
  ) {
    const data = firstElement(xml, 'sheetData');
    this.prefix = data ? prefixOf(data.tag) : '';
  }

  /** Whether the sheet is protected (`<sheetProtection sheet="1">`). */
  get isProtected(): boolean {
    const p = firstElement(this.xml, 'sheetProtection');
    const sheet = p ? attr(p.tag, 'sheet') : null;
    return sheet === '1' || sheet === 'true';
  }

  private rows(): { data: ElementSpan; rows: RowSpan[] } {
    const data = firstElement(this.xml, 'sheetData');
    if (!data) throw new PatchRefused({ zh: '工作表部件中没有 sheetData，无法写入', en: 'The sheet part has no sheetData and cannot be written' });
    const rows: RowSpan[] = [];
    if (data.selfClosing) return { data, rows };
    let lastRow = -1;
    for (const span of elements(this.xml, 'row', data.tagEnd, data.end)) {
      const r = attr(span.tag, 'r');
      const row = r ? Number(r) - 1 : lastRow + 1;
      lastRow = row;
      const cells: CellSpan[] = [];
      let lastCol = -1;
      if (!span.selfClosing) {
        for (const c of elements(this.xml, 'c', span.tagEnd, span.end)) {
          const ref = attr(c.tag, 'r');
          const col = ref ? colIndex(ref.replace(/[0-9$]/g, '')) : lastCol + 1;
          lastCol = col;
          cells.push({ ...c, col });
        }
      }
      rows.push({ ...span, row, cells });
    }
    return { data, rows };
  }

  /** The style a cell has, or would have if written now: its own, else its row's, else its column's (as Excel does). */
  private styleAt(row: RowSpan | undefined, cell: CellSpan | undefined, col: number): number {
    if (cell) return Number(attr(cell.tag, 's') ?? 0);
    if (row && (attr(row.tag, 'customFormat') === '1' || attr(row.tag, 'customFormat') === 'true')) return Number(attr(row.tag, 's') ?? 0);
    const cols = firstElement(this.xml, 'cols');
    if (cols && !cols.selfClosing) {
      for (const c of elements(this.xml, 'col', cols.tagEnd, cols.end)) {
        if (Number(attr(c.tag, 'min')) - 1 <= col && col <= Number(attr(c.tag, 'max')) - 1) return Number(attr(c.tag, 'style') ?? 0);
      }
    }
    return 0;
  }

  /** The cells among `targets` that are locked, as A1 references (meaningful on a protected sheet). */
  lockedCells(targets: { row: number; col: number }[]): string[] {
    const { rows } = this.rows();
    return targets
      .filter((t) => {
        const row = rows.find((r) => r.row === t.row);
        const s = this.styleAt(row, row?.cells.find((c) => c.col === t.col), t.col);
        return this.styles ? this.styles.locked(s) : true;
      })
      .map((t) => refOf(t.row, t.col));
  }

  /** Writes every cell of `cells`, all in one pass over the part. */
  write(cells: CellContentToWrite[]): void {
    const { data, rows } = this.rows();
    const at = (row: number, col: number) => {
      const r = rows.find((x) => x.row === row);
      return { r, c: r?.cells.find((x) => x.col === col) };
    };
    const targets = new Set(cells.filter((c) => !c.styleOnly).map((c) => `${c.row},${c.col}`));
    /** Replacements of whole cell elements, and insertions, as [offset, length, text]. */
    const ops: { offset: number; length: number; text: string; order: number }[] = [];

    // A shared formula's first cell carries the formula text for its whole group: before it is overwritten,
    // the other cells of the group get the formula written out for their own position.
    for (const t of cells) {
      const { c } = at(t.row, t.col);
      const f = c && !c.selfClosing && !t.styleOnly ? firstElement(this.xml, 'f', c.tagEnd, c.end) : null;
      if (!f || attr(f.tag, 't') !== 'shared' || attr(f.tag, 'ref') === null || f.selfClosing) continue;
      const si = attr(f.tag, 'si');
      const text = this.xml.slice(f.tagEnd, f.end - `</${prefixOf(f.tag)}f>`.length);
      for (const row of rows) {
        for (const cell of row.cells) {
          if (targets.has(`${row.row},${cell.col}`) || cell.selfClosing) continue;
          const g = firstElement(this.xml, 'f', cell.tagEnd, cell.end);
          if (!g || attr(g.tag, 't') !== 'shared' || attr(g.tag, 'si') !== si || attr(g.tag, 'ref') !== null) continue;
          const own = escapeXml(shiftFormula(unescape(text), row.row - t.row, cell.col - t.col));
          const p = prefixOf(g.tag);
          ops.push({ offset: g.start, length: g.end - g.start, text: `<${p}f>${own}</${p}f>`, order: 0 });
        }
      }
    }
    const newRows = new Map<number, { offset: number; cells: { col: number; text: string }[] }>();
    for (const t of cells) {
      const { r, c } = at(t.row, t.col);
      const f = c && !c.selfClosing ? firstElement(this.xml, 'f', c.tagEnd, c.end) : null;
      const array = f && !t.styleOnly && attr(f.tag, 't') === 'array' ? parseArea(attr(f.tag, 'ref') ?? '') : null;
      if (array && (array.bottom > array.top || array.right > array.left)) {
        const ref = refOf(t.row, t.col);
        const area = attr(f!.tag, 'ref');
        throw new PatchRefused({ zh: `单元格 ${ref} 属于数组公式 ${area}，不能单独改写，未写入任何单元格`, en: `Cell ${ref} belongs to the array formula ${area} and cannot be changed alone; no cell was written` });
      }
      const style = this.styleOf(t, this.styleAt(r, c, t.col));
      if (t.styleOnly && c) {
        ops.push({ offset: c.start, length: c.tag.length, text: withAttr(c.tag, 's', style ? String(style) : null), order: 0 });
        continue;
      }
      const text = t.styleOnly ? `<${this.prefix}c r="${refOf(t.row, t.col)}"${style ? ` s="${style}"` : ''}/>` : this.cellXml(t, style);
      if (c) ops.push({ offset: c.start, length: c.end - c.start, text, order: 0 });
      else if (r && r.selfClosing) {
        const open = r.tag.slice(0, -2).replace(/\s+$/, '') + '>';
        ops.push({ offset: r.start, length: r.end - r.start, text: `${withSpans(open, t.col)}${text}</${prefixOf(r.tag)}row>`, order: 0 });
      } else if (r) {
        const next = r.cells.find((x) => x.col > t.col);
        ops.push({ offset: next ? next.start : r.end - `</${prefixOf(r.tag)}row>`.length, length: 0, text, order: t.col });
        const spanned = withSpans(r.tag, t.col);
        if (spanned !== r.tag) ops.push({ offset: r.start, length: r.tag.length, text: spanned, order: -1 });
      } else {
        const next = rows.find((x) => x.row > t.row);
        const offset = data.selfClosing ? data.end : next ? next.start : data.end - `</${this.prefix}sheetData>`.length;
        const row = newRows.get(t.row) ?? { offset, cells: [] };
        row.cells.push({ col: t.col, text });
        newRows.set(t.row, row);
      }
    }
    for (const [row, { offset, cells: inRow }] of newRows) {
      const body = inRow.sort((a, b) => a.col - b.col).map((x) => x.text).join('');
      ops.push({ offset, length: 0, text: `<${this.prefix}row r="${row + 1}">${body}</${this.prefix}row>`, order: row });
    }
    if (data.selfClosing && newRows.size) {
      ops.push({ offset: data.start, length: data.end - data.start, text: `${data.tag.slice(0, -2).replace(/\s+$/, '')}>`, order: -1 });
      ops.push({ offset: data.end, length: 0, text: `</${this.prefix}sheetData>`, order: Number.MAX_SAFE_INTEGER });
    }
    this.xml = applyOps(this.xml, ops);
    this.extendDimension(cells);
  }

  /** The style a written cell gets: its own, copied with the number format or fill the write sets. */
  private styleOf(t: CellContentToWrite, style: number): number {
    let s = t.numFmt !== undefined && this.styles ? this.styles.withFormat(style, t.numFmt) : style;
    if (t.fill !== undefined && this.styles) s = this.styles.withFill(s, t.fill);
    return s;
  }

  private cellXml(t: CellContentToWrite, s: number): string {
    const p = this.prefix;
    const head = `<${p}c r="${refOf(t.row, t.col)}"${s ? ` s="${s}"` : ''}`;
    const v = t.value;
    if (typeof v === 'number' && !Number.isFinite(v)) throw new PatchRefused(notFinite(refOf(t.row, t.col)));
    if (t.formula) {
      const f = `<${p}f>${escapeXml(t.formula)}</${p}f>`;
      if (v === null) return `${head}>${f}</${p}c>`;
      if (typeof v === 'number') return `${head}>${f}<${p}v>${v}</${p}v></${p}c>`;
      if (typeof v === 'boolean') return `${head} t="b">${f}<${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
      return `${head} t="str">${f}<${p}v>${escapeXml(v)}</${p}v></${p}c>`;
    }
    if (v === null || v === '') return `${head}/>`;
    if (typeof v === 'number') return `${head}><${p}v>${v}</${p}v></${p}c>`;
    if (typeof v === 'boolean') return `${head} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    return `${head} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(v)}</${p}t></${p}is></${p}c>`;
  }

  /** Grows `<dimension ref>` to take in cells written outside it. */
  private extendDimension(cells: CellContentToWrite[]): void {
    const dim = firstElement(this.xml, 'dimension');
    const area = dim ? parseArea(attr(dim.tag, 'ref') ?? '') : null;
    if (!dim || !area) return;
    const box = { ...area };
    for (const c of cells) {
      box.top = Math.min(box.top, c.row);
      box.bottom = Math.max(box.bottom, c.row);
      box.left = Math.min(box.left, c.col);
      box.right = Math.max(box.right, c.col);
    }
    if (box.top === area.top && box.bottom === area.bottom && box.left === area.left && box.right === area.right) return;
    const ref = `${refOf(box.top, box.left)}:${refOf(box.bottom, box.right)}`;
    this.xml = this.xml.slice(0, dim.start) + withAttr(dim.tag, 'ref', ref) + this.xml.slice(dim.tagEnd);
  }
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** A row's `spans="1:9"` widened to take in column `col` (0-based); a row without spans stays without. */
function withSpans(tag: string, col: number): string {
  const spans = attr(tag, 'spans');
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!m) return tag;
  const lo = Math.min(Number(m[1]), col + 1);
  const hi = Math.max(Number(m[2]), col + 1);
  return lo === Number(m[1]) && hi === Number(m[2]) ? tag : withAttr(tag, 'spans', `${lo}:${hi}`);
}

/** Applies non-overlapping splices; insertions at one offset go in by `order`. */
function applyOps(xml: string, ops: { offset: number; length: number; text: string; order: number }[]): string {
  const sorted = [...ops].sort((a, b) => a.offset - b.offset || a.order - b.order);
  let out = '';
  let at = 0;
  for (const op of sorted) {
    if (op.offset < at) throw new PatchRefused({ zh: '内部错误：单元格的改写相互重叠，未写入任何单元格', en: 'Internal error: two cell changes overlap; no cell was written' });
    out += xml.slice(at, op.offset) + op.text;
    at = op.offset + op.length;
  }
  return out + xml.slice(at);
}

