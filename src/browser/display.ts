/**
 * A cell's text as a spreadsheet shows it, for the page's sheet view: percentages and fixed decimals by the
 * number format, other numbers to at most 11 significant digits (as General does), so no float tail shows.
 */
import { Decimal } from '../core/decimal';
import type { GridCell } from '../core';

export function displayText(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  const fmt = (cell?.numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
  const section = fmt.split(';')[0];
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  const grouped = /#,##0|#,#/.test(section);
  if (/%/.test(section)) return `${group(new Decimal(v).times(100).toFixed(decimals), grouped)}%`;
  if (/0/.test(section)) return group(new Decimal(v).toFixed(decimals), grouped);
  return new Decimal(v).toSignificantDigits(11).toString();
}

function group(fixed: string, grouped: boolean): string {
  if (!grouped) return fixed;
  const [whole, fraction] = fixed.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}
