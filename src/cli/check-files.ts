import type { ProfileOverrides } from '../core';
import { checkBytes, type CheckedBytes } from '../report/check-bytes';
import { readWorkbookFile } from './files';

export type FileResult = CheckedBytes;

/** Reads and checks one file; a file that cannot be read becomes an error entry, never an exception. */
export async function checkFile(file: string, overrides: ProfileOverrides): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readWorkbookFile(file);
  } catch (e) {
    return { file, error: { code: 'unreadable', message: (e as Error).message }, forms: [] };
  }
  return checkBytes(file, bytes, overrides);
}
