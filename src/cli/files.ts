import type ExcelJS from 'exceljs';
import { readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
      out.push(path); // `~$` files are Excel's lock files, not workbooks
    } else {
      const why = skipReason(entry.name);
      if (why) skipped.push({ path, why });
    }
  }
  return out;
}

/** Saves a workbook to `file` through a temporary file beside it, renamed into place: a failure leaves `file` as it was. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const temp = `${file}.jixiao-${process.pid}.tmp`;
  writeFileSync(temp, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  renameSync(temp, file);
}
