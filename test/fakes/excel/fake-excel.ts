/// <reference types="office-js" />
/**
 * An in-memory Excel for adapter tests: the subset of Office.js the add-in uses, as strict as Excel where it
 * matters (PropertyNotLoaded, errors at sync time, API-set checks, protected sheets, cell-edit mode, payload
 * limits), with every Excel.run and sync counted.
 *
 *   const fake = createFakeExcel({ sheets: [{ name: '表1', rows: [['项目', 100]] }] });
 *   const host = createExcelHost(...asOfficeJs(fake));   // or fake.Excel / fake.Office cast by hand
 *   await host.readSheets(['表1']);
 *   expect(fake.stats.syncs).toBe(1);
 *   expect(fake.model.sheet('表1')!.cellAt('B1').value).toBe(100);
 *
 * Only types come from @types/office-js; nothing here touches the global Excel or Office objects. What it
 * models of Excel, and whether each fact is documented or assumed, is listed in docs/hosts.md ("Excel"): a
 * change here starts there.
 */
import { type FakeEnv, FakeRequestContext, type FakeStats } from './client-object';
import { FakeNotImplementedError, FakeOfficeError } from './errors';
import { WorkbookProxy } from './proxies';
import { type CellValue, compareVersions, FakeSheet, FakeWorkbook, parseAreaAddress } from './workbook-model';

export { FakeNotImplementedError, FakeOfficeError } from './errors';
export type { FakeStats } from './client-object';
export {
  CELL_DEFAULTS,
  DEFAULT_ERROR_ALERT,
  DEFAULT_PAGE_LAYOUT,
  FakeSheet,
  FakeWorkbook,
  formatOf,
  type Area,
  type CellValue,
  type FakeBasicValidation,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeDataValidation,
  type FakeErrorAlert,
  type FakeHyperlink,
  type FakePageLayout,
  type FakePageZoom,
  type FakeValidationRule,
  type HorizontalAlignment,
  type VerticalAlignment,
} from './workbook-model';

export interface FakeSheetSpec {
  name: string;
  /** Cell values from A1; null and '' are blank. Strings are stored as they are (no parsing of '001'). */
  rows?: (CellValue | null)[][];
  /** 'H20' → '=SUM(H6:H19)'; the cell's value stays what `rows` gives (its cached result), 0 if none. */
  formulas?: Record<string, string>;
  numberFormats?: Record<string, string>;
  /** 'H6' → '#FFC7CE'. */
  fills?: Record<string, string>;
  merges?: string[];
  protected?: boolean;
  /** Cells unlocked for input on a protected sheet ('H6:H19'); every other cell is locked, as in Excel. */
  unlocked?: string[];
  /** The protection allows formatting cells (WorksheetProtectionOptions.allowFormatCells). */
  allowFormatCells?: boolean;
  /** The active cell (and selection) of the sheet, default A1. */
  activeCell?: string;
}

export interface FakeExcelOptions {
  sheets?: FakeSheetSpec[];
  /** Default: the first sheet. */
  activeSheet?: string;
  /** The highest ExcelApi requirement set the host supports. Default '1.13'; '1.7' is Office 2019. */
  apiVersion?: string;
  /** Settings already saved in the document. */
  settings?: Record<string, unknown>;
  displayLanguage?: string;
}

/**
 * Excel.ErrorCodes as Office.js defines it at runtime (the codes the fake produces, plus the response-size one).
 * Like the real enum it has no requestPayloadSizeLimitExceeded: that code ('RequestPayloadSizeLimitExceeded')
 * comes from OfficeExtension's core codes, so comparing with Excel.ErrorCodes.requestPayloadSizeLimitExceeded
 * would compare with undefined in Excel too.
 */
export const FAKE_ERROR_CODES = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  rangeExceedsLimit: 'RangeExceedsLimit',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

export interface FakeExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly ErrorCodes: typeof FAKE_ERROR_CODES;
}

export interface FakeAsyncResult {
  status: 'succeeded' | 'failed';
  value: undefined;
  error: { name: string; message: string; code: number } | undefined;
  asyncContext: unknown;
  diagnostics: undefined;
}

export interface FakeSettings {
  /** The value set in this session, null when there is none (Office.js returns null, not undefined). */
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(optionsOrCallback?: { asyncContext?: unknown } | ((result: FakeAsyncResult) => void), callback?: (result: FakeAsyncResult) => void): void;
}

export interface FakeOfficeNamespace {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly document: { readonly settings: FakeSettings };
    readonly displayLanguage: string;
  };
  /** Office.js's runtime values are strings, not the numbers @types/office-js's enum suggests. */
  readonly AsyncResultStatus: { readonly Succeeded: 'succeeded'; readonly Failed: 'failed' };
  onReady(callback?: (info: { host: 'Excel'; platform: 'PC' }) => void): Promise<{ host: 'Excel'; platform: 'PC' }>;
}

export interface FakeExcel {
  Excel: FakeExcelNamespace;
  Office: FakeOfficeNamespace;
  model: FakeWorkbook;
  stats: FakeStats;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = buildWorkbook(options);
  const stats: FakeStats = { runs: 0, syncs: 0, roundTrips: 0 };
  const env: FakeEnv = { model, stats };
  return { Excel: createExcelNamespace(env), Office: createOfficeNamespace(model), model, stats };
}

/** The fake as the types the add-in's code takes (`typeof Excel`, `typeof Office`); only the subset above exists. */
export function asOfficeJs(fake: FakeExcel): [excel: typeof Excel, office: typeof Office] {
  return [fake.Excel as unknown as typeof Excel, fake.Office as unknown as typeof Office];
}

// ---- Building the workbook ------------------------------------------------------------------------------------

function buildWorkbook(options: FakeExcelOptions): FakeWorkbook {
  const model = new FakeWorkbook(options.apiVersion ?? '1.13');
  if (options.displayLanguage) model.displayLanguage = options.displayLanguage;
  for (const spec of options.sheets?.length ? options.sheets : [{ name: 'Sheet1' }]) {
    if (model.sheet(spec.name)) throw new Error(`fake-excel: two sheets named ${spec.name}`);
    model.sheets.push(buildSheet(spec));
  }
  const active = options.activeSheet === undefined ? model.sheets[0] : model.sheet(options.activeSheet);
  if (!active) throw new Error(`fake-excel: no sheet ${options.activeSheet} to make active`);
  model.activeSheet = active;
  for (const [name, value] of Object.entries(options.settings ?? {})) {
    model.savedSettings.set(name, JSON.stringify(value));
    model.settings.set(name, JSON.parse(JSON.stringify(value)));
  }
  return model;
}

function buildSheet(spec: FakeSheetSpec): FakeSheet {
  const sheet = new FakeSheet(spec.name);
  sheet.protected = spec.protected ?? false;
  sheet.unlocked = (spec.unlocked ?? []).map(specArea);
  sheet.allowFormatCells = spec.allowFormatCells ?? false;
  spec.rows?.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== '') sheet.setCell(r, c, { ...sheet.cell(r, c), value, formula: value });
    }),
  );
  for (const [address, formula] of Object.entries(spec.formulas ?? {})) {
    const { top, left } = specArea(address);
    if (!formula.startsWith('=')) throw new Error(`fake-excel: formula for ${address} must start with '='`);
    const cell = sheet.cell(top, left);
    sheet.setCell(top, left, { ...cell, value: cell.value === '' ? 0 : cell.value, formula });
  }
  for (const [address, numberFormat] of Object.entries(spec.numberFormats ?? {})) {
    const { top, left } = specArea(address);
    sheet.setCell(top, left, { ...sheet.cell(top, left), numberFormat });
  }
  for (const [address, fill] of Object.entries(spec.fills ?? {})) {
    const { top, left } = specArea(address);
    sheet.setCell(top, left, { ...sheet.cell(top, left), fill: fill.toUpperCase() });
  }
  sheet.merges = (spec.merges ?? []).map(specArea);
  const { top, left } = specArea(spec.activeCell ?? 'A1');
  sheet.activeCell = { row: top, col: left };
  sheet.selection = { top, left, bottom: top, right: left };
  return sheet;
}

function specArea(address: string) {
  const area = parseAreaAddress(address);
  if (!area) throw new Error(`fake-excel: not an A1 address: ${address}`);
  return area;
}

// ---- Excel.run ------------------------------------------------------------------------------------------------

/**
 * Excel.run as Office.js runs it: a fresh context, the batch, then `context.sync()` for whatever is still queued
 * (counted only when something is, since an empty sync sends nothing), the batch's result passed through. The
 * batch must return a promise (RunMustReturnPromise otherwise); its objects are unusable after the run.
 */
function createExcelNamespace(env: FakeEnv): FakeExcelNamespace {
  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (typeof batch !== 'function') throw new FakeNotImplementedError('Excel.run(object, batch) or Excel.run(options, batch)');
    env.stats.runs++;
    const context = new FakeRequestContext(env, (ctx) => new WorkbookProxy(ctx));
    try {
      const pending: unknown = batch(context as unknown as Excel.RequestContext);
      if (!isThenable(pending)) throw new FakeOfficeError('RunMustReturnPromise');
      const result = (await pending) as T;
      if (context.hasPendingCommands) await context.sync();
      return result;
    } finally {
      context.finish();
    }
  }
  return { run, ErrorCodes: FAKE_ERROR_CODES };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

// ---- Office ---------------------------------------------------------------------------------------------------

function createOfficeNamespace(model: FakeWorkbook): FakeOfficeNamespace {
  const requirements = {
    /** Only the ExcelApi set is modelled; a missing version means 1.1, as in Office.js. */
    isSetSupported: (name: string, minVersion: string | number = '1.1') => name === 'ExcelApi' && compareVersions(model.apiVersion, String(minVersion)) >= 0,
  };
  const info = { host: 'Excel', platform: 'PC' } as const;
  return {
    context: {
      requirements,
      document: { settings: createSettings(model) },
      get displayLanguage() {
        return model.displayLanguage;
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: async (callback) => {
      callback?.(info);
      return info;
    },
  };
}

/**
 * Office.context.document.settings: get/set/remove act on this session's copy (get returns the very object set,
 * null when absent); saveAsync persists it as JSON and answers later through its callback, never synchronously.
 */
function createSettings(model: FakeWorkbook): FakeSettings {
  return {
    get: (name) => (model.settings.has(name) ? model.settings.get(name) : null),
    set: (name, value) => void model.settings.set(name, value),
    remove: (name) => void model.settings.delete(name),
    saveAsync(optionsOrCallback, maybeCallback) {
      const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
      const asyncContext = typeof optionsOrCallback === 'object' ? optionsOrCallback.asyncContext : undefined;
      setTimeout(() => {
        const error = model.settingsSaveError ?? undefined;
        if (!error) model.savedSettings = new Map([...model.settings].map(([k, v]) => [k, JSON.stringify(v)]));
        callback?.({ status: error ? 'failed' : 'succeeded', value: undefined, error, asyncContext, diagnostics: undefined });
      }, 0);
    },
  };
}
