import { readFileSync } from 'node:fs';
import type { ProfileOverrides } from '../core';
import { checkBytes, type CheckedBytes } from '../report/check-bytes';

export type FileResult = CheckedBytes;

/** Reads and checks one file; a file that cannot be read becomes an error entry, never an exception. */
export async function checkFile(file: string, overrides: ProfileOverrides): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : `无法读取文件（${code ?? (e as Error).message}）`;
    return { file, error: { code: 'unreadable', message }, forms: [] };
  }
  return checkBytes(file, bytes, overrides);
}
