/**
 * An in-memory WPS 表格 (ET) for adapter tests: the part of its JS API the add-in uses, behaving as ET does
 * where the adapter must cope — 1-based Items that throw when out of range, `UsedRange` from the first to the
 * last used cell (A1 on an empty sheet), Value2 as a scalar / 1-D / 2-D array by build, formula errors as
 * CVErr codes, BGR colours, `NumberFormat` null over mixed formats, `Value(11)` as a real XML Spreadsheet,
 * typed input parsed (a leading apostrophe keeps text), protected sheets refusing writes to locked cells and
 * any format change, `MergeCells` true / false / null, every call throwing while the user edits a cell — with
 * every member access and call counted. Which of these are documented and which assumed: docs/hosts.md ("WPS").
 *
 *   const { app, stats, model } = createFakeEt({ sheets: [{ name: '表1', cells: grid.rows, merges: grid.merges }] });
 *   const host = createWpsHost(app, { parser });
 *   await host.readSheets('active');
 *   expect(stats.members.Value2).toBe(1);
 *   expect(model.sheet('表1')!.cellAt('H6')).toEqual({ value: 6.04 });
 *
 * The fake does NOT evaluate formulas: a formula keeps the result it was given, and one written through the
 * object model reads as null (Value2) until … never. Number formats are not applied to `Text`, and the messages
 * of its errors are its own (WPS's wording is undocumented): protection errors mention 保护, edit-mode ones 编辑.
 */
import type { EtApplication } from '../../../src/wps/et-api';
import { type Area, FakeEtSheet, FakeEtWorkbook, type FakeValue, parseArea } from './model';
import { EtObject, FakeApplication, type FakeEtOptions } from './objects';

export { FakeEtSheet, FakeEtWorkbook, type Area, type FakeEtCell, type FakeValue } from './model';

/** A cell as a SheetGrid holds it (formula without `=`, or with one), plus what a test may want to preset. */
export interface FakeCellSpec {
  value: FakeValue;
  formula?: string;
  numFmt?: string;
  /** A constant error (`#N/A` typed in): an error value without a formula. */
  error?: boolean;
  /** `#RRGGBB`. */
  fill?: string;
  bold?: boolean;
}

export interface FakeEtSheetSpec {
  name: string;
  /** 0-based rows, like SheetGrid.rows: a grid read from a fixture goes in as it is. */
  cells?: ReadonlyArray<ReadonlyArray<FakeCellSpec | null | undefined> | null | undefined>;
  merges?: readonly Area[];
  protected?: boolean;
  /** Cells whose Locked is False (input cells of a protected form); every other cell is locked. */
  unlocked?: readonly Area[];
}

export interface CreateFakeEtOptions {
  sheets?: FakeEtSheetSpec[];
  /** Default: the first sheet. */
  activeSheet?: string;
  /** How Value2 and Formula come back for one row or one column. Default '2d'. */
  rowShape?: '2d' | '1d';
  /** `Range.Address` is a method `Address(RowAbsolute, ColumnAbsolute)` rather than a property. */
  addressIsMethod?: boolean;
  /** Other members that are methods on this build: any of 'Count', 'Name', 'Value2', 'Address'. */
  methods?: string[];
  /** Whether `Value(11)` exists (default true); false: the 11 is ignored and values come back; 'throws'; 'absent': no Value method. */
  withXmlValue?: boolean | 'throws' | 'absent';
  /** What MergeCells answers for a mix of merged and unmerged cells: null (default) or true. */
  mergeCellsOnMix?: null | true;
  /** What a blank cell reads as in Value2 (default undefined, COM's Empty). */
  emptyValue?: null | undefined | '';
  protectedSheets?: string[];
  editing?: boolean;
  /** Custom document properties already in the workbook (strings). */
  properties?: Record<string, string>;
}

export interface FakeEtStats {
  /** Every member read, member written and method called. */
  calls: number;
  /** By member name; writes as `Name=`. */
  members: Record<string, number>;
}

export interface FakeEt {
  app: EtApplication;
  stats: FakeEtStats;
  model: FakeEtWorkbook;
}

export function createFakeEt(options: CreateFakeEtOptions = {}): FakeEt {
  const model = buildWorkbook(options);
  const stats: FakeEtStats = { calls: 0, members: {} };
  const settings: FakeEtOptions = { rowShape: options.rowShape ?? '2d', withXmlValue: options.withXmlValue ?? true, emptyValue: options.emptyValue, mergeCellsOnMix: options.mergeCellsOnMix ?? null };
  const methods = new Set([...(options.methods ?? []), ...(options.addressIsMethod ? ['Address'] : [])]);
  const app = counted(new FakeApplication(model, settings), { model, stats, methods });
  return { app: app as unknown as EtApplication, stats, model };
}

/** An error like the one WPS throws for any call while a cell is being edited (wording assumed). */
export function editingError(): Error {
  return new Error('无法在单元格编辑状态下执行此操作');
}

// ---- Counting ----------------------------------------------------------------------------------------------

interface Env {
  model: FakeEtWorkbook;
  stats: FakeEtStats;
  methods: Set<string>;
}

const targets = new WeakMap<object, EtObject>();

/** ET members are Capitalised; the fake's own plumbing (lowercase) is neither counted nor part of ET. */
const isMember = (key: string | symbol): key is string => typeof key === 'string' && /^[A-Z]/.test(key);

function count(env: Env, name: string) {
  if (env.model.editing) throw editingError();
  env.stats.calls++;
  env.stats.members[name] = (env.stats.members[name] ?? 0) + 1;
}

function wrap(env: Env, value: unknown): unknown {
  return value instanceof EtObject ? counted(value, env) : value;
}

function unwrap(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (targets.get(value) ?? value) : value;
}

/** The member's function when it is a method (not a getter), found along the prototype chain. */
function methodOf(target: object, key: string): ((...args: unknown[]) => unknown) | null {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return typeof d.value === 'function' ? (d.value as (...args: unknown[]) => unknown) : null;
  }
  return null;
}

function counted(target: EtObject, env: Env): EtObject {
  const proxy = new Proxy(target, {
    get(t, key) {
      if (!isMember(key) || !(key in t)) return Reflect.get(t, key, t);
      if (env.methods.has(key)) {
        // A member that is a method on this build: reading it costs nothing, calling it is the call.
        const call = key === 'Address' ? (...args: unknown[]) => (t as unknown as { callAddress(...a: unknown[]): string }).callAddress(...args) : () => Reflect.get(t, key, t);
        return (...args: unknown[]) => {
          count(env, key);
          return wrap(env, call(...args));
        };
      }
      const method = methodOf(t, key);
      if (method) {
        return (...args: unknown[]) => {
          count(env, key);
          return wrap(env, method.apply(t, args.map(unwrap)));
        };
      }
      count(env, key); // before the getter runs: in edit mode it must not
      return wrap(env, Reflect.get(t, key, t));
    },
    set(t, key, value) {
      if (!isMember(key)) return Reflect.set(t, key, value, t);
      count(env, `${key}=`);
      if (!(key in t)) throw new Error(`对象不支持属性 ${key}`);
      return Reflect.set(t, key, unwrap(value), t);
    },
  });
  targets.set(proxy, target);
  return proxy;
}

// ---- Building ----------------------------------------------------------------------------------------------

const ERROR_TEXTS = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!']);

function buildWorkbook(options: CreateFakeEtOptions): FakeEtWorkbook {
  const model = new FakeEtWorkbook();
  for (const spec of options.sheets?.length ? options.sheets : [{ name: 'Sheet1' }]) {
    if (model.sheet(spec.name)) throw new Error(`fake-et: two sheets named ${spec.name}`);
    const sheet = new FakeEtSheet(spec.name);
    sheet.protected = Boolean(spec.protected || options.protectedSheets?.includes(spec.name));
    spec.cells?.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const formula = cell.formula ? (cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`) : undefined;
        const error = cell.error || (formula !== undefined && typeof cell.value === 'string' && ERROR_TEXTS.has(cell.value));
        const fill = cell.fill ? bgrOf(cell.fill) : undefined;
        sheet.setCell(r, c, { value: cell.value === '' ? null : cell.value, formula, error, numFmt: cell.numFmt, fill, bold: cell.bold });
      }),
    );
    sheet.merges = (spec.merges ?? []).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
    sheet.unlocked = (spec.unlocked ?? []).map((m) => ({ ...m }));
    model.sheets.push(sheet);
  }
  const active = options.activeSheet === undefined ? model.sheets[0] : model.sheet(options.activeSheet);
  if (!active) throw new Error(`fake-et: no sheet ${options.activeSheet} to make active`);
  model.activeSheet = active;
  model.editing = Boolean(options.editing);
  for (const [name, value] of Object.entries(options.properties ?? {})) model.properties.push({ name, type: 4, value });
  return model;
}

/** `#RRGGBB` → BGR, for presetting fills. */
export function bgrOf(hex: string): number {
  const rgb = parseInt(hex.replace('#', ''), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** A sheet's cell at an A1 address as `{ value, formula?, numFmt? }`, the way tests compare with grids. */
export function contentAt(sheet: FakeEtSheet, address: string): { value: FakeValue; formula?: string; numFmt?: string } {
  const { top, left } = parseArea(address);
  const cell = sheet.cell(top, left);
  return { value: cell?.value ?? null, ...(cell?.formula ? { formula: cell.formula } : {}), ...(cell?.numFmt ? { numFmt: cell.numFmt } : {}) };
}
