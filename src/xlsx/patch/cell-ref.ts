/** A1 references as the sheet XML writes them (`r="AB12"`), 0-based inside the writer. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `AB12` as 0-based row and column, or null when it is no cell of the grid. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = colIndex(m[1]);
  return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS ? { row, col } : null;
}

export function refOf(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

/** `A1:C3` (or one cell) as a 0-based box, or null when it leaves the grid. */
export function parseArea(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const from = parseRef(a);
  const to = parseRef(b);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}
