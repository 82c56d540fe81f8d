/**
 * The request machinery of Office.js, in miniature: proxies queue commands on their RequestContext, and
 * `context.sync()` sends them as one round trip that the workbook applies in order. The rules mirrored here:
 *
 * - Creating any API object queues its instantiation (Office.js's ClientObject constructor does), so a lookup
 *   that fails (`getItem('missing')`) rejects the next sync even if the object is never used, and a batch that
 *   creates an object after its last sync makes Excel.run flush once more.
 * - A sync with nothing queued sends nothing (Office.js checks `hasActions`), so it cannot fail.
 * - Scalar properties throw PropertyNotLoaded until a load of them has gone through a sync; the values are a
 *   snapshot taken at that point of the command stream.
 * - An *OrNullObject result knows `isNullObject` after the sync that instantiated it; a null object reads its
 *   properties as undefined and ignores writes, and so do objects derived from it.
 * - An object is bound to what it found at its first sync (Excel fixes object paths to ids): a used range keeps
 *   its area, `getActiveWorksheet()` keeps its sheet after another one is activated.
 */
import { apiNotFound, FakeNotImplementedError, FakeOfficeError, propertyNotLoaded } from './errors';
import type { FakeSheet, FakeWorkbook } from './workbook-model';

export interface FakeStats {
  /** Excel.run calls. */
  runs: number;
  /** context.sync() calls, plus the final flush Excel.run makes when commands are still queued. */
  syncs: number;
  /** Syncs that carried commands, i.e. that real Office.js would have sent to Excel. */
  roundTrips: number;
}

export interface FakeEnv {
  readonly model: FakeWorkbook;
  readonly stats: FakeStats;
}

/** One queued statement. `writes` marks commands that can change the workbook (they make the sync snapshot it). */
interface Command {
  readonly writes: boolean;
  run(tx: SyncTransaction): void;
}

/** One round trip being applied: resolved objects, the payload so far, and results to hand out if it succeeds. */
export class SyncTransaction {
  readonly resolved = new Map<AnyClientObject, unknown>();
  private readonly onCommit: (() => void)[] = [];
  private requestBytes = 0;
  private responseBytes = 0;

  constructor(readonly model: FakeWorkbook) {}

  /**
   * Counts what a write sends (its input as JSON). Excel on the web refuses a request over 5 MB as a whole,
   * before running any of it (docs/hosts.md, "Limits").
   */
  countRequest(input: unknown): void {
    this.requestBytes += jsonLength(input);
    if (this.requestBytes > this.model.payloadByteLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
  }

  /** Counts what a read sends back; over 5 MB, Excel on the web fails the round trip (docs/hosts.md, "Limits"). */
  countResponse(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > this.model.payloadByteLimit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
  }

  afterCommit(publish: () => void): void {
    this.onCommit.push(publish);
  }

  commit(): void {
    this.onCommit.forEach((publish) => publish());
  }
}

/** The length of a value as JSON, which is how Office.js carries it. */
export function jsonLength(value: unknown): number {
  return JSON.stringify(value ?? null)?.length ?? 4;
}

export type LoadOption = string | string[] | Record<string, unknown> | undefined;

export class FakeRequestContext {
  private queue: Command[] = [];
  private finished = false;
  /** True while a round trip is applied: objects created then come from results and queue nothing. */
  applying = false;
  private root: object | undefined;

  constructor(
    readonly env: FakeEnv,
    private readonly createWorkbook: (context: FakeRequestContext) => object,
  ) {}

  get workbook(): object {
    return (this.root ??= this.createWorkbook(this));
  }

  get hasPendingCommands(): boolean {
    return this.queue.length > 0;
  }

  load(object: AnyClientObject, option?: LoadOption): void {
    object.load(option);
  }

  enqueue(command: Command): void {
    this.assertOpen();
    this.queue.push(command);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.assertOpen();
    const commands = this.queue.splice(0);
    this.env.stats.syncs++;
    await Promise.resolve(); // the round trip: the batch's own code runs on before Excel answers
    if (commands.length) this.apply(commands);
    return passThroughValue as T;
  }

  /** After Excel.run settles its objects are released: using them again is an error in Office.js too. */
  finish(): void {
    this.finished = true;
  }

  private assertOpen(): void {
    if (this.finished) {
      throw new FakeOfficeError('InvalidObjectPath', 'This object belongs to an Excel.run batch that has already finished.');
    }
  }

  /**
   * Applies one round trip in order. As real Excel does, statements run one by one and those before a failing
   * one stay applied (docs/hosts.md, "Batches"); `model.atomicSyncs = true` makes a failing round trip undo its
   * writes instead. Loaded values are handed out only if the whole round trip succeeds.
   */
  private apply(commands: Command[]): void {
    const { model, stats } = this.env;
    stats.roundTrips++;
    model.beforeRoundTrip?.(stats.roundTrips);
    if (model.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode');
    const writes = commands.some((c) => c.writes);
    const restore = writes ? model.snapshot() : null;
    const tx = new SyncTransaction(model);
    this.applying = true;
    try {
      commands.forEach((command) => command.run(tx));
    } catch (error) {
      // A request over the payload limit is refused before it runs; otherwise only atomicSyncs undoes.
      if (model.atomicSyncs || (error as FakeOfficeError).code === 'RequestPayloadSizeLimitExceeded') restore?.();
      throw error;
    } finally {
      this.applying = false;
    }
    tx.commit();
  }
}

/** Any API object, whatever its target type (readers make ClientObjectFake invariant in T). */
export type AnyClientObject = ClientObjectFake<any>;

/** Finds an object's target during a sync; null means a null object. Throws Excel's error when it cannot. */
export type Locator<T> = (tx: SyncTransaction) => T | null;

/** Computes a loaded property from the target, inside the sync (so it may count payload). */
export type Readers<T> = Record<string, (target: T, tx: SyncTransaction) => unknown>;

/**
 * The base of every fake API object, like OfficeExtension.ClientObject: holds loaded values, queues loads and
 * writes, and resolves its target lazily, in command order.
 */
export abstract class ClientObjectFake<T> {
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, AnyClientObject>();
  private target: T | null | undefined;
  private nullState: boolean | undefined;
  private readonly locate: Locator<T>;

  protected constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
    source: Locator<T> | { pinned: T },
    options: { instantiationWrites?: boolean } = {},
  ) {
    if (typeof source === 'function') {
      this.locate = source;
      if (!context.applying) context.enqueue({ writes: options.instantiationWrites ?? false, run: (tx) => this.instantiate(tx) });
    } else {
      this.locate = () => source.pinned;
      this.target = source.pinned;
      this.nullState = false;
    }
  }

  /** Scalar properties `load` can fetch. */
  protected abstract readers(): Readers<T>;

  /** Navigation properties (`format`, `fill`, `protection`, `areas`): paths like 'format/fill/color' go through them. */
  protected navigation(): Record<string, () => AnyClientObject> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue({ writes: false, run: (tx) => this.readNow(paths, tx) });
    return this;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    this.loaded.forEach((value, key) => {
      json[key] = Array.isArray(value) ? value.map((v: unknown) => (v instanceof ClientObjectFake ? v.toJSON() : v)) : value;
    });
    return json;
  }

  /** The target now (inside a sync): pinned after the first successful sync, else located once per round trip. */
  resolve(tx: SyncTransaction): T | null {
    if (this.target !== undefined) {
      if (this.target !== null) this.checkAlive(this.target, tx.model);
      return this.target;
    }
    if (!tx.resolved.has(this)) {
      const found = this.locate(tx);
      tx.resolved.set(this, found);
      tx.afterCommit(() => (this.target = found));
    }
    return tx.resolved.get(this) as T | null;
  }

  /** Reads `paths` ([] = every scalar property) into this object, at this point of the round trip. */
  readNow(paths: string[], tx: SyncTransaction): void {
    const target = this.resolve(tx);
    if (target === null) return; // a null object's properties read as undefined
    const readers = this.readers();
    const navigation = this.navigation();
    const own = paths.length ? [] : Object.keys(readers);
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (rest.length === 0 && hasOwn(readers, head)) own.push(head);
      else if (hasOwn(navigation, head)) nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      else throw new FakeNotImplementedError(`${this.typeName}.${head}`);
    }
    own.forEach((name) => this.publish(tx, name, readers[name](target, tx)));
    nested.forEach((rest, head) => navigation[head]().readNow(rest.includes('') ? [] : rest, tx));
  }

  /** A loaded property; Office.js throws PropertyNotLoaded for anything not loaded and synced. */
  protected read<V>(property: string): V {
    if (this.nullState === true) return undefined as V;
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.loaded.get(property) as V;
  }

  /**
   * Queues a write applied at the next sync. The fake is stricter than Office.js here: it forgets the written
   * properties (`invalidates`) instead of echoing what was assigned, so reading them needs a fresh load + sync
   * and tests see what Excel stored ('001' → 1), not what the code sent.
   */
  protected queueWrite(invalidates: string[], apply: (target: T, tx: SyncTransaction) => void): void {
    this.context.enqueue({
      writes: true,
      run: (tx) => {
        const target = this.resolve(tx);
        if (tx.model.failWritesAfter !== null && tx.model.failWritesAfter-- <= 0) {
          tx.model.failWritesAfter = null;
          throw new FakeOfficeError('GeneralException');
        }
        if (target !== null) apply(target, tx);
      },
    });
    invalidates.forEach((name) => this.loaded.delete(name));
  }

  /** A method that needs ExcelApi `version`: Office.js throws ApiNotFound on the call itself when the host lacks it. */
  protected requireApi(member: string, version: string): void {
    if (!this.context.env.model.supports(version)) throw apiNotFound(`${this.typeName}.${member}`, version);
  }

  /**
   * A property newer than the host, written anyway. Office.js checks the API set only when a property is read on
   * the client, so the statement reaches Excel, which does not know it and fails the sync with ApiNotFound.
   */
  protected requireHostApi(tx: SyncTransaction, member: string, version: string): void {
    if (!tx.model.supports(version)) throw apiNotFound(`${this.typeName}.${member}`, version);
  }

  /** A navigation property: created once per object, like Office.js's cached property objects. */
  protected child<C extends AnyClientObject>(name: string, create: () => C): C {
    if (!this.children.has(name)) this.children.set(name, create());
    return this.children.get(name) as C;
  }

  /** The sheet a target lives on: its `sheet`, for the many targets that carry one; none otherwise. */
  protected sheetOf(target: T): FakeSheet | undefined {
    return (target as { sheet?: FakeSheet } | null)?.sheet;
  }

  /** Stores a value as loaded once the round trip commits. */
  protected publish(tx: SyncTransaction, property: string, value: unknown): void {
    tx.afterCommit(() => this.loaded.set(property, value));
  }

  /** A pinned target's sheet may have been deleted since: Excel then no longer finds the object. */
  private checkAlive(target: T, model: FakeWorkbook): void {
    const sheet = this.sheetOf(target);
    if (sheet && !model.sheets.includes(sheet)) throw new FakeOfficeError('ItemNotFound', undefined, this.typeName);
  }

  private instantiate(tx: SyncTransaction): void {
    const target = this.resolve(tx);
    tx.afterCommit(() => (this.nullState = target === null));
  }
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * The forms Office.js accepts: 'values, formulas', ['values', 'formulas'], { values: true, format: { fill: true } },
 * { select: 'values', expand: 'format' }; no argument loads every scalar property.
 */
export function loadPaths(option: LoadOption): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string') return option.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((p) => loadPaths(p));
  if ('select' in option || 'expand' in option) {
    return [...loadPaths(option.select as LoadOption), ...loadPaths(option.expand as LoadOption)];
  }
  return Object.entries(option).flatMap(([key, value]) => {
    if (value === true) return [key];
    if (value && typeof value === 'object') {
      const inner = loadPaths(value as LoadOption);
      return inner.length ? inner.map((p) => `${key}/${p}`) : [key];
    }
    return [];
  });
}

/** A collection's items are loaded with 'items', 'items/name', or just 'name' (Office.js applies it to the items). */
export abstract class CollectionFake<T, Item extends AnyClientObject> extends ClientObjectFake<T> {
  protected abstract itemsOf(target: T, tx: SyncTransaction): Item[];

  protected readers(): Readers<T> {
    return {};
  }

  get items(): Item[] {
    return this.read('items');
  }

  override readNow(paths: string[], tx: SyncTransaction): void {
    const target = this.resolve(tx);
    if (target === null) return;
    const itemPaths = paths.map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice('items/'.length) : p));
    const items = this.itemsOf(target, tx);
    items.forEach((item) => item.readNow(itemPaths.includes('') ? [] : itemPaths, tx));
    this.publish(tx, 'items', items);
  }
}
