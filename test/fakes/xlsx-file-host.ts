/**
 * The .xlsx path (`jixiao score`, the web page's download) as a host, for the write contract: an .xlsx file's
 * bytes, read with the project's reader and written with the real patch writer (src/xlsx/patch), the bytes it
 * returns read again for every check. Only what the contract asks of a host is here: reading, writing cells.
 * What it keeps is the contract of docs/hosts.md, "The write contract".
 * A template or next year's form is added as the patch writer adds it (`jixiao template` / `rollover` into an
 * existing file); the review sheet is not part of the .xlsx path.
 */
import type { SheetGrid } from '../../src/core';
import { type CellContent, type CellWrite, HostError, sameContent, type SpreadsheetHost } from '../../src/host/spreadsheet-host';
import { text } from '../../src/host/messages';
import { readWorkbookGrid } from '../../src/xlsx';
import type { SheetDesign } from '../../src/core/design';
import { newSheetOfDesign } from '../../src/xlsx/patch/add-sheet';
import { patchWorkbook, PatchRefused, writePatch } from '../../src/xlsx/patch/patch-workbook';

export class XlsxFileHost implements SpreadsheetHost {
  readonly kind = 'browser' as const;

  constructor(public bytes: Uint8Array) {}

  async readSheets(which: 'active' | 'all' | string[]): Promise<SheetGrid[]> {
    const { sheets } = await readWorkbookGrid(this.bytes);
    if (which === 'all') return sheets;
    if (which === 'active') return sheets.slice(0, 1);
    return which.map((name) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new HostError('missing-sheet', text('missingSheet', name));
      return sheet;
    });
  }

  /** The preview's check on the bytes as they are, then the patch writer, all or none; the new bytes kept. */
  async writeCells(cells: CellWrite[], expected: CellContent[]): Promise<CellContent[]> {
    const sheets = await this.readSheets([...new Set(cells.map((c) => c.sheet))]);
    const before = cells.map((c): CellContent => {
      const cell = sheets.find((s) => s.name === c.sheet)!.rows[c.row]?.[c.col];
      return { value: cell?.value ?? null, ...(cell?.formula ? { formula: cell.formula } : {}), ...(cell?.numFmt ? { numFmt: cell.numFmt } : {}) };
    });
    const changed = before.findIndex((now, i) => !sameContent(now, expected[i]));
    if (changed >= 0) throw new HostError('changed', text('changed', cells[changed]));
    try {
      this.bytes = await patchWorkbook(
        this.bytes,
        cells.map(({ sheet, row, col, value, formula, numFmt }) => ({ sheet, row, col, value, ...(formula ? { formula } : {}), ...(numFmt ? { numFmt } : {}) })),
      );
    } catch (error) {
      // The writer's refusals are its own words (the CLI prints them); the contract asks for the reason.
      if (error instanceof PatchRefused) throw new HostError(/已锁定/.test(error.message) ? 'protected' : 'missing-sheet', error.message, error);
      throw error;
    }
    return before;
  }

  async setFills(): Promise<never> {
    throw new HostError('unsupported', 'not part of the .xlsx path');
  }
  async select(): Promise<void> {}
  async addSheet(): Promise<never> {
    throw new HostError('unsupported', 'not part of the .xlsx path');
  }
  /** The writer returns the new bytes or none: a design it refuses leaves the file as it was. */
  async addDesign(design: SheetDesign): Promise<string> {
    const { bytes, names } = await writePatch(this.bytes, { sheets: [newSheetOfDesign(design)] });
    this.bytes = bytes;
    return names[0];
  }
  async loadSettings() {
    return {};
  }
  async saveSettings(): Promise<void> {}
}
