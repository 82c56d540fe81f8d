/**
 * The .xlsx package as a zip, opened with JSZip (which runs in Node and in the browser) under limits that a
 * zip bomb cannot get past: the sizes the archive declares are checked before anything is inflated, and the
 * bytes actually inflated are counted as they come, so a part that lies about its size is stopped there.
 */
import JSZip from 'jszip';
import { classifyBytes, WorkbookError, type Bilingual } from '../errors';

/** Limits far above any evaluation form (a form's parts are well under 1 MiB) and far below a bomb's hundreds of MiB. */
export const LIMITS = {
  /** The XML of all parts together, inflated. */
  xmlBytes: 64 * 1024 * 1024,
  /** Every part together (pictures included), inflated. */
  totalBytes: 256 * 1024 * 1024,
  /** Parts in the package. */
  entries: 10_000,
};

const MIB = 1024 * 1024;

/** The declared inflated size of an entry, from the central directory JSZip has read. */
function declaredSize(file: JSZip.JSZipObject): number {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

const isXml = (name: string) => /\.(xml|rels|vml)$/i.test(name);

/** What passed a limit, as `tooLarge` words it: the sheets' XML, or the whole file. */
const SHEET_CONTENT: Bilingual = { zh: '的表格内容', en: "'s sheet content" };
const WHOLE_FILE: Bilingual = { zh: '', en: '' };

function tooLarge(what: Bilingual, limit: number): WorkbookError {
  const mib = Math.round(limit / MIB);
  return new WorkbookError('unreadable', {
    zh: `文件解压后${what.zh}超过 ${mib} MiB，远大于任何自评表，可能是损坏或恶意构造的文件，未读取`,
    en: `Unpacked, the file${what.en} exceeds ${mib} MiB, far more than any evaluation form; it may be damaged or crafted, and was not read`,
  });
}

export interface OpenedPackage {
  zip: JSZip;
  /** Every part's path, in the archive's order. */
  names: string[];
  /** Each XML part's text, inflated within the limits (pictures and other binary parts are not inflated). */
  text(path: string): Promise<string | null>;
  /** Sets a part's text (new or changed); it is compressed anew when the package is written. */
  put(path: string, text: string): void;
}

/** Opens the bytes of an .xlsx file as a zip within LIMITS; every failure is a WorkbookError saying why (in Chinese and English). */
export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  const early = classifyBytes(bytes);
  if (early) throw early;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch {
    throw new WorkbookError('unreadable', {
      zh: '文件已损坏：不是完整的压缩包（.xlsx 文件是一个 zip 压缩包），无法打开',
      en: 'The file is damaged: it is not a complete zip archive (an .xlsx file is one) and cannot be opened',
    });
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > LIMITS.entries) throw new WorkbookError('unreadable', { zh: `压缩包中有 ${files.length} 个部件，远多于任何工作簿，未读取`, en: `The archive holds ${files.length} parts, far more than any workbook; it was not read` });
  let xml = 0;
  let total = 0;
  for (const f of files) {
    const size = declaredSize(f);
    total += size;
    if (isXml(f.name)) xml += size;
  }
  if (xml > LIMITS.xmlBytes) throw tooLarge(SHEET_CONTENT, LIMITS.xmlBytes);
  if (total > LIMITS.totalBytes) throw tooLarge(WHOLE_FILE, LIMITS.totalBytes);
  if (!zip.file('[Content_Types].xml')) {
    throw new WorkbookError('not-xlsx', { zh: '这是一个压缩包，但不是 .xlsx 工作簿（其中没有 [Content_Types].xml）', en: 'This is a zip archive but not an .xlsx workbook (it has no [Content_Types].xml)' });
  }
  // Every untouched part keeps the compression it came with, so that a write copies its compressed bytes as they are.
  for (const f of files) {
    const method = (f as unknown as { _data?: { compression?: { magic?: string } } })._data?.compression?.magic;
    (f as unknown as { options: { compression?: string } }).options.compression = method === '\x00\x00' ? 'STORE' : 'DEFLATE';
  }
  const budget = { left: LIMITS.xmlBytes };
  const cache = new Map<string, string>();
  const names = files.map((f) => f.name);
  return {
    zip,
    names,
    async text(path: string) {
      const cached = cache.get(path);
      if (cached !== undefined) return cached;
      const file = zip.file(path);
      if (!file) return null;
      const text = new TextDecoder('utf-8').decode(await inflateWithin(file, budget, true, SHEET_CONTENT, LIMITS.xmlBytes));
      cache.set(path, text);
      return text;
    },
    put(path: string, text: string) {
      zip.file(path, text);
      cache.set(path, text);
      if (!names.includes(path)) names.push(path);
    },
  };
}

/** An entry's bytes, inflated chunk by chunk and stopped as soon as the running total passes what is left of the budget. */
function inflateWithin(file: JSZip.JSZipObject, budget: { left: number }, keep: boolean, what: Bilingual, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): JSZipStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > budget.left) {
          stream.pause();
          reject(tooLarge(what, limit));
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on('error', () => reject(new WorkbookError('unreadable', { zh: `文件已损坏：部件 ${file.name} 无法解压`, en: `The file is damaged: its part ${file.name} cannot be unpacked` })))
      .on('end', () => {
        budget.left -= size;
        if (!keep) return resolve(new Uint8Array(0));
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

interface JSZipStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', fn: (e: Error) => void): JSZipStream;
  on(event: 'end', fn: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

/**
 * Verifies that no part inflates beyond the limits, whatever sizes the archive declares: each XML part is
 * inflated once, counted as it goes, and its text kept; other parts are counted and let go.
 */
export async function inflateAllWithin(pkg: OpenedPackage): Promise<void> {
  const others = { left: LIMITS.totalBytes };
  for (const name of pkg.names) {
    if (isXml(name)) await pkg.text(name);
    else await inflateWithin(pkg.zip.file(name)!, others, false, WHOLE_FILE, LIMITS.totalBytes);
  }
}

/** The package as bytes again: parts set with `zip.file` are compressed anew, every other part keeps its compressed bytes. */
export async function packageBytes(pkg: OpenedPackage): Promise<Uint8Array> {
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
