import type ExcelJS from 'exceljs';
import { readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .xlsx files named on the command line; a directory is searched recursively, in name order. */
export function collectFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      out.push(arg); // reported as unreadable by the checker, with the others still checked
      continue;
    }
    if (stat.isDirectory()) out.push(...walk(arg));
    else out.push(arg);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...walk(path));
    } else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) {
      out.push(path); // `~$` files are Excel's lock files, not workbooks
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
