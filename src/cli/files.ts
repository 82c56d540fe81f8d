import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file the command could not read or write, said in one Chinese line that names the user's file. */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileError';
  }
}

/** Far above any workbook a form lives in; a file beyond it is not read at all. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A file a folder search passed over, and why (a lock file, an old or other format). */
export interface Skipped {
  path: string;
  why: string;
}

/**
 * The .xlsx files named on the command line; a directory is searched recursively, in name order. Spreadsheets
 * passed over in a directory (.xls, .et, lock files) go into `skipped`, so the user can be told.
 */
export function collectFiles(args: string[], skipped: Skipped[] = []): string[] {
  const out: string[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      out.push(arg); // reported as unreadable by the checker, with the others still checked
      continue;
    }
    if (stat.isDirectory()) out.push(...walk(arg, skipped));
    else out.push(arg);
  }
  return out;
}

/** Why a spreadsheet-like file in a folder is not checked; null for files that are no spreadsheet at all. */
function skipReason(name: string): string | null {
  if (name.startsWith('~$')) return 'Excel 或 WPS 打开文件时生成的锁定文件';
  if (/\.xls$/i.test(name)) return '旧版 Excel 格式，请在 Excel 或 WPS 中另存为 .xlsx';
  if (/\.et$/i.test(name)) return 'WPS 表格格式，请在 WPS 中另存为 .xlsx';
  if (/\.(xlsm|xlsb|ods|csv)$/i.test(name)) return '不是 .xlsx 工作簿，请另存为 .xlsx';
  return null;
}

function walk(dir: string, skipped: Skipped[]): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...walk(path, skipped));
    } else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) {
      out.push(path); // `~$` files are Excel's lock files, not workbooks; a FIFO or device named .xlsx is refused when read
    } else {
      const why = skipReason(entry.name);
      if (why) skipped.push({ path, why });
    }
  }
  return out;
}

/** The errno of a failed file operation as words about the user's file. */
function explain(e: unknown, file: string, doing: '读取' | '写入'): FileError {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new FileError(doing === '读取' ? `文件不存在：${file}` : `无法写入 ${file}：所在的文件夹不存在`);
    case 'EISDIR':
      return new FileError(`${file} 是一个文件夹，不是 .xlsx 文件`);
    case 'ENOTDIR':
      return new FileError(`无法${doing} ${file}：路径中有一段不是文件夹`);
    case 'EACCES':
    case 'EPERM':
      return new FileError(`没有${doing}权限：${file}`);
    case 'EROFS':
      return new FileError(`无法写入 ${file}：所在的磁盘是只读的`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileError(`磁盘空间不足，未能写入 ${file}；原有文件保持不变`);
    case 'ENAMETOOLONG':
      return new FileError(`文件名太长：${file}`);
    default:
      return new FileError(`无法${doing} ${file}${code ? `（${code}）` : ''}`);
  }
}

/**
 * The bytes of a workbook file. Only a regular file is read: a pipe, a device (such as a link to /dev/zero)
 * or a file beyond MAX_FILE_BYTES is refused before a byte is read, so nothing can make the read endless.
 */
export function readWorkbookFile(file: string): Uint8Array {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    throw explain(e, file, '读取');
  }
  if (stat.isDirectory()) throw new FileError(`${file} 是一个文件夹，不是 .xlsx 文件`);
  if (!stat.isFile()) throw new FileError(`${file} 不是普通文件（是管道、设备或其他特殊文件），未读取`);
  if (stat.size > MAX_FILE_BYTES) throw new FileError(`${file} 有 ${Math.round(stat.size / 1024 / 1024)} MiB，远大于任何自评表，未读取`);
  try {
    return readFileSync(file);
  } catch (e) {
    throw explain(e, file, '读取');
  }
}

/**
 * Writes `bytes` to `file` through a temporary file beside it, renamed into place: a failure (a full disk, a
 * refused rename) leaves `file` as it was, and the temporary file never stays behind. A symbolic link is
 * written through to the file it points to, and an existing file keeps its permissions.
 */
export function writeFileSafely(file: string, bytes: Uint8Array): void {
  let target = file;
  let mode: number | null = null;
  if (existsSync(file)) {
    try {
      if (lstatSync(file).isSymbolicLink()) target = realpathSync(file);
      const stat = statSync(target);
      if (stat.isDirectory()) throw new FileError(`${file} 是一个文件夹，不是 .xlsx 文件`);
      mode = stat.mode & 0o7777;
    } catch (e) {
      if (e instanceof FileError) throw e;
      throw explain(e, file, '写入');
    }
  }
  const temp = join(dirname(target), `.${basename(target)}.jixiao-${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    if (mode !== null) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw explain(e, file, '写入');
  }
}
