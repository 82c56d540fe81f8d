/** Shared by the WPS tests: a DOMParser in Node (jsdom's), and fixture grids as the fake's sheets. */
import { JSDOM } from 'jsdom';
import type { SheetGrid } from '../../src/core';
import type { XmlParser } from '../../src/wps/xml-spreadsheet';
import type { FakeEtSheetSpec } from '../fakes/wps/fake-et';

let dom: JSDOM | null = null;

/** jsdom's DOMParser: the one a browser page (WPS's pane) has, for a test running in Node. */
export function xmlParser(): XmlParser {
  dom ??= new JSDOM('');
  return new dom.window.DOMParser();
}

/** A grid read from a fixture as a sheet of the fake: its cells as they are, its merged areas. */
export function specOf(grid: SheetGrid): FakeEtSheetSpec {
  return { name: grid.name, cells: grid.rows, merges: grid.merges };
}
