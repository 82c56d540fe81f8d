/** What every object of the fake ET shares, and the build's options they read. */
import type { FakeEtWorkbook } from './model';

export interface FakeEtOptions {
  /** How Value2 and Formula come back for one row or one column: a 2-D array (default) or a 1-D one. */
  rowShape: '2d' | '1d';
  /**
   * Whether Range.Value(11) gives the XML Spreadsheet (true), ignores the 11 and gives the values (false), throws,
   * or (absent) Range has no Value method at all: only the documented members are there.
   */
  withXmlValue: boolean | 'throws' | 'absent';
  /** What a blank cell reads as in Value2. */
  emptyValue: null | undefined | '';
  /**
   * What MergeCells answers for a range where some cells are merged and some not: null (default, as Excel
   * answers) or true (the VBA page's words read literally, "True if the range contains merged cells"; docs/hosts.md).
   */
  mergeCellsOnMix: null | true;
}

/** Every object the fake hands out; the proxy layer wraps exactly these. */
export abstract class EtObject {
  constructor(readonly book: FakeEtWorkbook) {}
}
