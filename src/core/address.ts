import type { MergeArea } from './grid';

/** A1 addresses for 0-based row/column indexes. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** Parses `H14` into 0-based indexes; null when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `$A$1:$C$3`, `A1`, `'表 1'!$B$2:$D$9` (as hosts report areas) → the 0-based area; null when it is not one. */
export function areaOfA1(address: string): MergeArea | null {
  const cells = address.slice(address.lastIndexOf('!') + 1).split(':');
  if (cells.length > 2) return null;
  const from = parseA1(cells[0].trim());
  const to = parseA1((cells[1] ?? cells[0]).trim());
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}
