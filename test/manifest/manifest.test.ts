/** manifest.xml as Excel reads it: valid against Microsoft's schemas, the ribbon button, its resources and icons. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';
import { ENTRY_SCHEMA, SCHEMAS, validateManifest } from '../helpers/manifest-schema';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const ORIGIN = 'https://localhost:3000';

/** An element as xml2js gives it: attributes in `$`, text in `_`, children as arrays by (unprefixed) name. */
interface El {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

// xml2js has no typings here; it is office-addin-manifest's own parser, resolved from that package.
const xml2js = createRequire(require.resolve('office-addin-manifest'))('xml2js') as {
  Parser: new (options: object) => { parseStringPromise(xml: string): Promise<{ OfficeApp: El }> };
  processors: { stripPrefix: (name: string) => string };
};

const all = (el: El, name: string): El[] => (el[name] as El[] | undefined) ?? [];
function one(el: El, name: string): El {
  const found = all(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}
const attr = (el: El, name: string) => el.$?.[name];
const byType = (els: El[], type: string) => els.filter((e) => attr(e, 'xsi:type') === type);

/** Calls `visit` on `el` and on every element below it. */
function walk(el: El, visit: (el: El) => void) {
  visit(el);
  for (const [key, value] of Object.entries(el)) {
    if (key !== '$' && key !== '_') for (const child of value as El[]) if (typeof child === 'object') walk(child, visit);
  }
}

interface Resource {
  value: string;
  overrides: Record<string, string>;
}

/** A bt: resource list (`bt:Images`, `bt:Urls`, …) as id → default value and per-locale overrides. */
function resources(list: El, item: 'Image' | 'Url' | 'String'): Map<string, Resource> {
  return new Map(
    all(list, item).map((r) => [
      attr(r, 'id')!,
      { value: attr(r, 'DefaultValue')!, overrides: Object.fromEntries(all(r, 'Override').map((o) => [attr(o, 'Locale')!, attr(o, 'Value')!])) },
    ]),
  );
}

/**
 * `readManifestFile` from office-addin-manifest, run in plain Node as its CLI would be: the package's entry also loads
 * its JSON-manifest half, whose ES-module-only dependencies (uuid, strip-bom) jest's CommonJS runtime cannot load.
 */
function readManifestFile(path: string): ManifestInfo {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((info) => process.stdout.write(JSON.stringify(info)))`;
  const run = spawnSync(process.execPath, ['-e', script, path], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`office-addin-manifest could not read ${path}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as ManifestInfo;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Validates a manifest against the schemas, after checking the imported ones are all there. */
function validate(manifest: string) {
  const imported = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd') && f !== ENTRY_SCHEMA);
  expect(imported).toEqual(expect.arrayContaining(['OfficeAppBasicTypesV1_0.xsd', 'TaskPaneAppVersionOverridesV1_0.xsd']));
  return validateManifest(manifest);
}

/** The file under the repository a manifest URL serves. */
const fileOf = (url: string) => join(ROOT, url.slice(`${ORIGIN}/`.length));

let app: El;
let overrides: El;
let res: Record<'images' | 'urls' | 'short' | 'long', Map<string, Resource>>;
beforeAll(async () => {
  const parser = new xml2js.Parser({ explicitCharkey: true, tagNameProcessors: [xml2js.processors.stripPrefix] });
  app = (await parser.parseStringPromise(readFileSync(MANIFEST, 'utf8'))).OfficeApp;
  overrides = one(app, 'VersionOverrides');
  const r = one(overrides, 'Resources');
  res = {
    images: resources(one(r, 'Images'), 'Image'),
    urls: resources(one(r, 'Urls'), 'Url'),
    short: resources(one(r, 'ShortStrings'), 'String'),
    long: resources(one(r, 'LongStrings'), 'String'),
  };
});

test('validates against the Office add-in manifest schemas', async () => {
  const result = await validate(readFileSync(MANIFEST, 'utf8'));
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
});

test('the schemas reject a ribbon with its elements out of order', async () => {
  const manifest = readFileSync(MANIFEST, 'utf8');
  const swapped = manifest.replace(/(<TaskpaneId>.*?<\/TaskpaneId>)(\s*)(<SourceLocation [^>]*\/>)/, '$3$2$1');
  expect(swapped).not.toBe(manifest);
  const result = await validate(swapped);
  expect(result.valid).toBe(false);
  expect(result.errors[0].message).toMatch(/TaskpaneId.*not expected/);
});

test('office-addin-manifest reads the add-in identity', () => {
  const info = readManifestFile(MANIFEST);
  expect(info).toMatchObject({
    id: '7d3c6f4e-2a1b-4c8e-9f5d-3b6a1e2c4d70',
    version: '1.0.0.0',
    providerName: '绩效自评助手',
    displayName: '绩效自评助手',
    description: '检查项目绩效自评表的权重、得分、总分与等级，写回计算结果，插入标准模板。',
    defaultLocale: 'zh-CN',
    officeAppType: 'TaskPaneApp',
    hosts: ['Workbook'],
    permissions: 'ReadWriteDocument',
    appDomains: [ORIGIN],
    iconUrl: `${ORIGIN}/assets/icon-32.png`,
    highResolutionIconUrl: `${ORIGIN}/assets/icon-64.png`,
    supportUrl: `${ORIGIN}/help.html`,
    defaultSettings: { sourceLocation: `${ORIGIN}/taskpane.html` },
  });
});

test('requires ExcelApi 1.7', () => {
  const sets = one(one(app, 'Requirements'), 'Sets');
  expect(attr(sets, 'DefaultMinVersion')).toBe('1.1');
  expect(all(sets, 'Set').map((s) => s.$)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.7' }]);
});

test('display name and description have en-US overrides', () => {
  const override = (name: string) => all(one(app, name), 'Override').map((o) => o.$);
  expect(override('DisplayName')).toEqual([{ Locale: 'en-US', Value: 'Performance Self-Evaluation Assistant' }]);
  expect(override('Description')).toEqual([
    {
      Locale: 'en-US',
      Value: 'Checks weights, scores, totals and grades of project performance self-evaluation forms, writes the results back and inserts standard templates.',
    },
  ]);
});

test('a 绩效自评 button on the Home tab shows the task pane', () => {
  expect(attr(overrides, 'xsi:type')).toBe('VersionOverridesV1_0');
  const [workbook] = byType(all(one(overrides, 'Hosts'), 'Host'), 'Workbook');
  const desktop = one(workbook, 'DesktopFormFactor');
  expect(res.urls.get(attr(one(desktop, 'FunctionFile'), 'resid')!)?.value).toBe(`${ORIGIN}/commands.html`);
  const getStarted = one(desktop, 'GetStarted');
  expect(res.short.has(attr(one(getStarted, 'Title'), 'resid')!)).toBe(true);
  expect(res.long.has(attr(one(getStarted, 'Description'), 'resid')!)).toBe(true);
  expect(res.urls.get(attr(one(getStarted, 'LearnMoreUrl'), 'resid')!)?.value).toBe(`${ORIGIN}/help.html`);

  const [ribbon] = byType(all(desktop, 'ExtensionPoint'), 'PrimaryCommandSurface');
  const home = all(ribbon, 'OfficeTab').find((t) => attr(t, 'id') === 'TabHome')!;
  const group = one(home, 'Group');
  expect(res.short.get(attr(one(group, 'Label'), 'resid')!)?.value).toBe('绩效自评');
  const [button] = byType(all(group, 'Control'), 'Button');
  expect(res.short.get(attr(one(button, 'Label'), 'resid')!)).toEqual({ value: '绩效自评', overrides: { 'en-US': 'Self-Evaluation' } });
  const supertip = one(button, 'Supertip');
  expect(res.short.get(attr(one(supertip, 'Title'), 'resid')!)?.value).toMatch(/绩效自评/);
  expect(res.long.get(attr(one(supertip, 'Description'), 'resid')!)?.value).toMatch(/任务窗格/);

  const action = one(button, 'Action');
  expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
  expect(one(action, 'TaskpaneId')._).toBe('JixiaoPane');
  expect(attr(one(action, 'SourceLocation'), 'resid')).toBe('Taskpane.Url');
  expect(res.urls.get('Taskpane.Url')?.value).toBe(`${ORIGIN}/taskpane.html`);

  for (const icons of [one(group, 'Icon'), one(button, 'Icon')]) {
    expect(all(icons, 'Image').map((i) => i.$)).toEqual([
      { size: '16', resid: 'Icon.16x16' },
      { size: '32', resid: 'Icon.32x32' },
      { size: '80', resid: 'Icon.80x80' },
    ]);
  }
});

test('every resid names a resource, and every string has an en-US override', () => {
  const referenced = new Set<string>();
  walk(one(overrides, 'Hosts'), (el) => attr(el, 'resid') && referenced.add(attr(el, 'resid')!));
  expect(referenced.size).toBeGreaterThan(8);
  const defined = new Set([...res.images.keys(), ...res.urls.keys(), ...res.short.keys(), ...res.long.keys()]);
  expect([...referenced].filter((resid) => !defined.has(resid))).toEqual([]);
  expect([...res.images.keys()]).toEqual(['Icon.16x16', 'Icon.32x32', 'Icon.80x80']);
  for (const [id, s] of [...res.short, ...res.long]) {
    expect({ id, locales: Object.keys(s.overrides) }).toEqual({ id, locales: ['en-US'] });
    expect(s.overrides['en-US']).toMatch(/^[\x20-\x7e]+$/);
  }
});

test(`every URL is on ${ORIGIN}`, () => {
  // Every attribute value and text that is a URL, namespace declarations aside.
  const found: string[] = [];
  walk(app, (el) => {
    for (const [name, value] of Object.entries(el.$ ?? {})) if (!name.startsWith('xmlns') && value.includes('://')) found.push(value);
    if (el._?.includes('://')) found.push(el._.trim());
  });
  expect(found.length).toBeGreaterThanOrEqual(10);
  expect(found.filter((url) => url === ORIGIN)).toEqual([ORIGIN]); // the AppDomain
  expect(found.filter((url) => url !== ORIGIN && !url.startsWith(`${ORIGIN}/`))).toEqual([]);
});

test('each icon the manifest names is a PNG of its size in assets/', () => {
  const icons: [string, number][] = [
    [attr(one(app, 'IconUrl'), 'DefaultValue')!, 32],
    [attr(one(app, 'HighResolutionIconUrl'), 'DefaultValue')!, 64],
    ...[...res.images].map(([id, r]): [string, number] => [r.value, Number(/^Icon\.(\d+)x\1$/.exec(id)![1])]),
  ];
  expect(icons.map(([, size]) => size)).toEqual([32, 64, 16, 32, 80]);
  for (const [url, size] of icons) {
    expect(url).toBe(`${ORIGIN}/assets/icon-${size}.png`);
    expect({ url, ...pngSize(fileOf(url)) }).toEqual({ url, width: size, height: size });
  }
});

test('every rendered icon in assets/ is square at its named size', () => {
  const pngs = readdirSync(join(ROOT, 'assets')).filter((f) => /^icon-\d+\.png$/.test(f));
  expect(pngs.sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
  for (const file of pngs) {
    const size = Number(/\d+/.exec(file)![0]);
    expect({ file, ...pngSize(join(ROOT, 'assets', file)) }).toEqual({ file, width: size, height: size });
  }
});
