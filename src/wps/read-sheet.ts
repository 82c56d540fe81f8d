/**
 * A worksheet as the engine's grid, in a fixed number of object-model calls however long the sheet: its used
 * range's values, formulas and (through the XML Spreadsheet) formats and merges, each in one bulk read. Every
 * JSA call crosses from the pane's page into WPS, so a read per cell would take seconds on a long form.
 */
import { a1 } from '../core/address';
import type { GridCell, MergeArea, SheetGrid } from '../core/grid';
import { type EtRange, type EtWorksheet, member, XL } from './et-api';
import { areaOfA1 } from '../core/address';
import { contentOf, matrix } from './values';
import { parseXmlSpreadsheet, type XmlParser } from './xml-spreadsheet';

/** Where a range lies, 0-based: from its `Address`, or (an address that does not parse) its first cell and size. */
function extentOf(range: EtRange): MergeArea {
  const address = member(range, 'Address');
  const area = typeof address === 'string' ? areaOfA1(address) : null;
  if (area) return area;
  const top = Number(range.Row) - 1;
  const left = Number(range.Column) - 1;
  return { top, left, bottom: top + Number(member(range.Rows, 'Count')) - 1, right: left + Number(member(range.Columns, 'Count')) - 1 };
}

export function readSheet(sheet: EtWorksheet, parser: XmlParser | null): SheetGrid {
  const name = String(member(sheet, 'Name'));
  const used = sheet.UsedRange;
  const area = extentOf(used);
  const height = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  const values = matrix(member(used, 'Value2'), height, width);
  const formulas = matrix(member(used, 'Formula'), height, width);
  const looks = looksOf(sheet, used, area, parser);

  const rows: (GridCell | undefined)[][] = [];
  for (let r = 0; r < height; r++) {
    let row: (GridCell | undefined)[] | undefined;
    for (let c = 0; c < width; c++) {
      const content = contentOf(values[r]?.[c], formulas[r]?.[c], looks.formatAt(r, c));
      if (content.value === null && !content.formula) continue;
      (row ??= [])[area.left + c] = content;
    }
    if (row) rows[area.top + r] = row;
  }
  return { name, rows, merges: looks.merges };
}

interface Looks {
  /** The number format of a cell, 0-based from the range's first cell. */
  formatAt(row: number, col: number): string | undefined;
  merges: MergeArea[];
}

/**
 * Formats and merges of the used range. First `Value(11)`, the XML Spreadsheet: every cell's format and every
 * merge in one call. Builds without it (the call throws or returns no text) fall back to `NumberFormat`: one
 * read of the whole range (a string means every cell shares it), else one read per column (a column's string
 * applies to its cells; a column whose cells differ, null, is left without formats). The fallback knows no
 * merges: `MergeCells` could only say "none" or "some", and the grid would be the same either way, since the
 * engine reads a form without them (a blank merged-away cell continues the row above it).
 */
function looksOf(sheet: EtWorksheet, used: EtRange, area: MergeArea, parser: XmlParser | null): Looks {
  const xml = parser ? xmlOf(used) : null;
  const info = xml ? parseXmlSpreadsheet(xml, parser!) : null;
  if (info) {
    return {
      formatAt: (r, c) => info.formats.get(r * 16384 + c),
      merges: info.merges.map((m) => ({ top: area.top + m.top, left: area.left + m.left, bottom: area.top + m.bottom, right: area.left + m.right })),
    };
  }
  const whole = used.NumberFormat;
  if (typeof whole === 'string') return { formatAt: () => whole, merges: [] };
  const columns: unknown[] = [];
  for (let c = area.left; c <= area.right; c++) columns.push(sheet.Range(`${a1(area.top, c)}:${a1(area.bottom, c)}`).NumberFormat);
  return { formatAt: (_, c) => (typeof columns[c] === 'string' ? (columns[c] as string) : undefined), merges: [] };
}

/** The range's XML Spreadsheet, or null on a build without `Value(11)`. */
function xmlOf(range: EtRange): string | null {
  try {
    const xml = range.Value(XL.xmlSpreadsheet);
    return typeof xml === 'string' && xml.length > 0 ? xml : null;
  } catch {
    return null;
  }
}
