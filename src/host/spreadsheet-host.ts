/**
 * The one interface the pane talks to, whatever the spreadsheet: Excel (Office.js), WPS (its ET API) or an
 * .xlsx file in the page. Hosts only move data; everything about forms happens in the core.
 */
import { a1 } from '../core/address';
import type { CellEdit, CellValue, ProfileId, SheetGrid } from '../core';
import type { SheetDesign } from '../core/design';
import type { Rounding } from '../core/decimal';
import { isProfileId, type ReverseRule } from '../core/profiles';
import { type HostText, type Locale, say, text, whereOf } from './messages';

/** A cell on a named sheet, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** What a cell holds: its value, its formula (without `=`) where it has one, and its number format. */
export interface CellContent {
  value: CellValue;
  formula?: string;
  numFmt?: string;
}

/** A cell to write: a formula (without `=`) when given, else the value; and a number format if given. */
export interface CellWrite extends CellRef {
  value: string | number | boolean | null;
  formula?: string;
  numFmt?: string;
}

/** A cell's fill: a colour as `#RRGGBB`, or null for no fill. */
export interface CellFill extends CellRef {
  color: string | null;
}

/** A cell of a sheet the pane adds (the reviewer's opinions): text, a number, or a link to a cell. */
export type ReportCell = string | number | { text: string; link: CellRef };

export interface PaneSettings {
  profile: ProfileId | 'auto';
  rounding: Rounding;
  reverseRule: ReverseRule;
  /** Write the total and the grade as live formulas (the default) or as values. */
  writeFormulas: boolean;
}

/** Where every host keeps the pane's settings (document settings, a custom property, the browser's storage). */
export const SETTINGS_KEY = 'jixiao.settings';

/** Saved settings as JSON back to an object; anything unreadable (not ours, damaged) is the defaults. */
export function settingsFrom(json: unknown): Partial<PaneSettings> {
  try {
    const parsed = typeof json === 'string' ? (JSON.parse(json) as unknown) : null;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Partial<PaneSettings>) : {};
  } catch {
    return {};
  }
}

/** A sheet a host could not read, and why; the other sheets are read and checked. */
export interface UnreadSheet {
  sheet: string;
  reason: HostErrorCode;
  /** Why, in Chinese; `error` says it in any language. */
  message: string;
  error: HostError;
}

/** The grids read; a host that reads sheet by sheet lists the sheets it could not read in `unread`. */
export type SheetsRead = SheetGrid[] & { unread?: UnreadSheet[] };

export const DEFAULT_SETTINGS: PaneSettings = { profile: 'auto', rounding: 'half-up', reverseRule: 'ratio', writeFormulas: true };

/** What each setting may be; anything else saved in a workbook (an old or foreign profile id, a typo) is not used. */
const VALID: { [K in keyof PaneSettings]: (value: unknown) => value is PaneSettings[K] } = {
  profile: (v): v is PaneSettings['profile'] => v === 'auto' || (typeof v === 'string' && isProfileId(v)),
  rounding: (v): v is PaneSettings['rounding'] => v === 'half-up' || v === 'truncate',
  reverseRule: (v): v is PaneSettings['reverseRule'] => v === 'ratio' || v === 'linear',
  writeFormulas: (v): v is boolean => typeof v === 'boolean',
};

/**
 * Saved settings as the pane may use them: each known setting kept when valid, else left to its default; a
 * notice says what was set aside (null when nothing was). Hosts return whatever the document holds, so every
 * check of saved settings happens here, once, whatever the host.
 */
export function checkedSettings(saved: unknown): { settings: Partial<PaneSettings>; notice: HostText | null } {
  if (saved === null || saved === undefined) return { settings: {}, notice: null };
  if (typeof saved !== 'object' || Array.isArray(saved)) return { settings: {}, notice: text('settingsUnreadable') };
  const settings: Partial<PaneSettings> = {};
  const rejected: [string, unknown][] = [];
  for (const key of Object.keys(VALID) as (keyof PaneSettings)[]) {
    const value = (saved as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (VALID[key](value)) (settings as Record<string, unknown>)[key] = value;
    else rejected.push([key, value]);
  }
  return { settings, notice: rejected.length ? text('settingsRejected', rejected) : null };
}

export interface SpreadsheetHost {
  readonly kind: 'excel' | 'wps' | 'browser';
  /** The open file's name, where the host knows it (the reviewer's sheet names it). */
  readonly documentName?: string;
  /**
   * The active sheet, every sheet in order, or the named ones, as grids (values, formulas, number formats,
   * merged areas where the host knows them).
   */
  readSheets(which: 'active' | 'all' | string[]): Promise<SheetsRead>;
  /**
   * Writes all cells or none: the write contract every host keeps (docs/hosts.md, "The write contract").
   * Checked first, for every target, before anything is written: its sheet exists (`missing-sheet`); it still
   * holds `expected`, what the preview showed (`changed`); on a protected sheet it is unlocked, and its number
   * format changes only where the sheet allows formatting (`protected`, naming the cells). If the host fails
   * part-way, every cell of the batch is written back as it was (values, formulas, number formats exactly)
   * before the HostError, with the host's error as its cause, is thrown. Returns what the cells held before,
   * exactly, for undo. What goes in a cell for an engine's edit is `cellWrites`.
   */
  writeCells(cells: CellWrite[], expected: CellContent[]): Promise<CellContent[]>;
  /** Sets fills and returns the fills the cells had before, for clearing the marks exactly. */
  setFills(fills: CellFill[]): Promise<CellFill[]>;
  /** Moves the selection to a cell (activating its sheet). */
  select(cell: CellRef): Promise<void>;
  /** The active cell (Excel, WPS and the page report it); without it the pane starts at a sheet's first form. */
  activeCell?(): Promise<CellRef | null>;
  /** Adds a sheet (a free name near `name`) with these rows; returns the name it got. Removed again if this fails part-way. */
  addSheet(name: string, rows: ReportCell[][]): Promise<string>;
  /**
   * Adds a designed sheet (a template, next year's form) under a free name near its own; returns that name.
   * A sheet whose insertion fails part-way is removed, in every host: a failure leaves the workbook's sheets as
   * they were.
   */
  addDesign(design: SheetDesign): Promise<string>;
  loadSettings(): Promise<Partial<PaneSettings>>;
  saveSettings(settings: PaneSettings): Promise<void>;
}

/** Why a host refused or failed: what the pane can branch on. */
export type HostErrorCode = 'protected' | 'editing' | 'too-large' | 'missing-sheet' | 'changed' | 'unsupported' | 'other';

/**
 * The one error every host throws, whatever went wrong: a code the pane can branch on (`reason`), the sheet and
 * cells concerned where known, the message as a key and its details (said in the reader's language from the
 * table in messages.ts: `messageIn`; `message` is the Chinese), and the host's own error (Office.js's, ET's,
 * the .xlsx writer's) kept as `cause` for diagnosis, never shown in its place.
 */
export class HostError extends Error {
  readonly cause?: unknown;
  readonly sheet?: string;
  readonly cells?: CellRef[];

  constructor(
    readonly reason: HostErrorCode,
    /** The message: a key of the table (every adapter), or text already worded (a test's stand-in host). */
    readonly text: HostText | string,
    cause?: unknown,
  ) {
    super(typeof text === 'string' ? text : say(text));
    this.name = 'HostError';
    if (cause !== undefined) this.cause = cause;
    if (typeof text !== 'string') Object.assign(this, whereOf(text));
  }

  /** The message in a language (Office's display language: messages.ts localeOf). */
  messageIn(locale: Locale): string {
    return typeof this.text === 'string' ? this.text : say(this.text, locale);
  }
}

/** What to show for any failure: a HostError in the reader's language, anything else by its own message. */
export function messageIn(error: unknown, locale: Locale): string {
  if (error instanceof HostError) return error.messageIn(locale);
  // A file's reader and patch writer (WorkbookError, PatchRefused) carry their English beside the Chinese message.
  const english = (error as { english?: unknown } | null)?.english;
  if (locale === 'en-US' && typeof english === 'string' && english !== '') return english;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one rule for what a write puts in a cell, whoever writes (the pane in Excel, WPS or the web page, and
 * `jixiao score` on a file): the edit's value; its formula (the live total, the grade) where the engine gives
 * one and formulas are written, or where the cell holds a formula now (a write never turns a formula into a
 * constant); its number format where the value needs one. Formulas are written unless the user's settings say
 * values; the CLI, which has no settings, writes as the default settings do.
 */
export function cellWrites(edits: readonly CellEdit[], writeFormulas: boolean = DEFAULT_SETTINGS.writeFormulas): CellWrite[] {
  return edits.map((e) => ({
    sheet: e.sheet,
    row: e.row,
    col: e.col,
    value: e.next,
    ...(e.formula && (writeFormulas || e.current.formula) ? { formula: e.formula } : {}),
    ...(e.numFmt ? { numFmt: e.numFmt } : {}),
  }));
}

/** A cell as a key, for maps of cells across sheets. */
export function cellKey(cell: CellRef): string {
  return `${cell.sheet}\u0000${cell.row}\u0000${cell.col}`;
}

/** The write that puts a cell back exactly as it was (a cell that had no number format gets General back). */
export function restoreWrite(cell: CellRef, was: CellContent): CellWrite {
  return { sheet: cell.sheet, row: cell.row, col: cell.col, value: was.value, formula: was.formula, numFmt: was.numFmt ?? 'General' };
}

/** A reviewer's link to a cell, as the formula (without `=`) every spreadsheet follows: `HYPERLINK("#'表'!H6","H6")`. */
export function linkFormula(text: string, link: CellRef): string {
  return `HYPERLINK("#'${link.sheet.replace(/'/g, "''")}'!${a1(link.row, link.col)}","${text.replace(/"/g, '""')}")`;
}

/** Same content, as the preview compares it: a formula against a formula, else value against value. */
export function sameContent(a: CellContent, b: CellContent): boolean {
  if (a.formula || b.formula) return (a.formula ?? '') === (b.formula ?? '');
  const blank = (v: CellValue) => v === null || v === '';
  return a.value === b.value || (blank(a.value) && blank(b.value));
}

/** A sheet name not yet taken: `审核意见`, `审核意见 (2)`, … (Excel's 31-character limit kept). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
