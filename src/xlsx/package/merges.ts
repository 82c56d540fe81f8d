/**
 * Merged areas as a reader can afford them. A merge is clipped to the cells the sheet holds (one merge of a
 * whole column would otherwise make a million cells), and merges Excel would repair on opening — overlapping
 * another, or leaving the grid — are left out, as Excel leaves them out, rather than failing the file.
 */
import { colIndex, MAX_COLS, MAX_ROWS, parseArea } from '../patch/cell-ref';
import { attr, elements, firstElement } from './xml';

/** The sheet XML with its merges made safe to read, or null when they already are. */
export function repairMerges(xml: string): string | null {
  const area = firstElement(xml, 'mergeCells');
  if (!area || area.selfClosing) return null;
  let maxRow = -1;
  let maxCol = -1;
  const refs = /<(?:[\w.-]+:)?c\s[^>]*?\br="\$?([A-Za-z]{1,3})\$?([0-9]{1,7})"/g;
  // Every cell of the sheet passes here: its reference is read from the match itself (as parseRef would, less
  // a second pattern and an object per cell, which made this scan cost more than inflating the package).
  for (let m; (m = refs.exec(xml)); ) {
    const row = Number(m[2]) - 1;
    const col = colIndex(m[1]);
    if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) continue;
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
  }
  const kept: { top: number; left: number; bottom: number; right: number }[] = [];
  let changed = false;
  for (const m of elements(xml, 'mergeCell', area.tagEnd, area.end)) {
    const box = parseArea(attr(m.tag, 'ref') ?? '');
    if (!box || box.top > maxRow || box.left > maxCol) {
      changed = true;
      continue;
    }
    const clipped = { ...box, bottom: Math.min(box.bottom, maxRow), right: Math.min(box.right, maxCol) };
    if (clipped.bottom !== box.bottom || clipped.right !== box.right) changed = true;
    const single = clipped.top === clipped.bottom && clipped.left === clipped.right;
    const overlaps = kept.some((k) => k.top <= clipped.bottom && clipped.top <= k.bottom && k.left <= clipped.right && clipped.left <= k.right);
    if (single || overlaps) {
      changed = true;
      continue;
    }
    kept.push(clipped);
  }
  if (!changed) return null;
  const name = (r: number, c: number) => `${letters(c)}${r + 1}`;
  const body = kept.map((k) => `<mergeCell ref="${name(k.top, k.left)}:${name(k.bottom, k.right)}"/>`).join('');
  const prefix = /^<([\w.-]+:)?/.exec(area.tag)?.[1] ?? '';
  const replacement = kept.length ? `<${prefix}mergeCells count="${kept.length}">${body.replace(/<mergeCell/g, `<${prefix}mergeCell`)}</${prefix}mergeCells>` : '';
  return xml.slice(0, area.start) + replacement + xml.slice(area.end);
}

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
