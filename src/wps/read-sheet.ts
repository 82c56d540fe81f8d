/**
 * A worksheet as the engine's grid, never a call per cell: its used range's values and formulas, each in one
 * bulk read, and its formats and merges through the documented members (looks.ts) or, where the build has it
 * and it checks out, the XML Spreadsheet in one call. Every JSA call crosses from the pane's page into WPS, so
 * a read per cell would take seconds on a long form.
 */
import type { GridCell, MergeArea, SheetGrid } from '../core/grid';
import { type EtRange, type EtWorksheet, member, XL } from './et-api';
import { areaOfA1 } from '../core/address';
import { contentOf, matrix } from './values';
import { Contents, documentedFormats, documentedMerges, type Looks } from './looks';
import { parseXmlSpreadsheet, type XmlParser, type XmlSheetInfo } from './xml-spreadsheet';

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
  const looks = looksOf(sheet, used, area, parser, () => new Contents(area, values, formulas));

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

/**
 * Formats and merges of the used range. The documented members give them completely (looks.ts). `Value(11)`,
 * the XML Spreadsheet, gives both in one call on builds that have it, so it is tried first, as an accelerator
 * only: used when it parses and agrees with `MergeCells` on the whole range (merges or none), else dropped.
 */
function looksOf(sheet: EtWorksheet, used: EtRange, area: MergeArea, parser: XmlParser | null, contents: () => Contents): Looks {
  const xml = parser ? xmlOf(used) : null;
  const info = xml ? parseXmlSpreadsheet(xml, parser!) : null;
  if (info && agrees(info, used.MergeCells)) {
    return {
      formatAt: (r, c) => info.formats.get(r * 16384 + c),
      merges: info.merges.map((m) => ({ top: area.top + m.top, left: area.left + m.left, bottom: area.top + m.bottom, right: area.left + m.right })),
    };
  }
  const known = contents();
  return { formatAt: documentedFormats(sheet, known), merges: documentedMerges(sheet, known) };
}

/** The XML's merges agree with what `MergeCells` says of the whole range: none (false), or some (true, null). */
function agrees(info: XmlSheetInfo, merged: unknown): boolean {
  return merged === false ? info.merges.length === 0 : (merged === true || merged === null) && info.merges.length > 0;
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
