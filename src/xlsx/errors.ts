/** Why a file could not be read, with the code REPORT.md publishes and a message for the user. */
export type WorkbookErrorCode = 'unreadable' | 'not-xlsx' | 'encrypted' | 'no-form';

/**
 * A message to the user in the two languages the add-in speaks: Chinese (the message itself, as the command
 * line and the JSON report give it) and English, for a page or Office that runs in English.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export class WorkbookError extends Error {
  readonly english: string;
  constructor(
    readonly code: WorkbookErrorCode,
    text: Bilingual,
  ) {
    super(text.zh);
    this.english = text.en;
    this.name = 'WorkbookError';
  }
}

/** A write the file does not allow (a protected cell, a sheet gone, an array formula), with what to do about it. */
export class PatchRefused extends Error {
  readonly english: string;
  constructor(text: Bilingual) {
    super(text.zh);
    this.english = text.en;
    this.name = 'PatchRefused';
  }
}

/** A number that is no finite number (NaN, Infinity) cannot be stored in a cell. */
export function notFinite(ref: string): Bilingual {
  return { zh: `单元格 ${ref} 的值不是有限的数，未写入任何单元格`, en: `The value for cell ${ref} is not a finite number; no cell was written` };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** `EncryptionInfo` as the UTF-16 stream name an encrypted OOXML package carries inside its OLE container. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Classifies a file by its first bytes before the xlsx library sees it, so each failure gets its own message. */
export function classifyBytes(bytes: Uint8Array): WorkbookError | null {
  if (bytes.length === 0) return new WorkbookError('unreadable', { zh: '文件为空（0 字节），不是 Excel 工作簿', en: 'The file is empty (0 bytes), not an Excel workbook' });
  if (startsWith(bytes, OLE)) {
    return contains(bytes, ENCRYPTION_INFO)
      ? new WorkbookError('encrypted', {
          zh: '工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再检查',
          en: 'The workbook has a password to open (it is encrypted) and cannot be read; remove the password in Excel, save, then check again',
        })
      : new WorkbookError('not-xlsx', { zh: '这是旧版 .xls 格式的文件；请在 Excel 或 WPS 中另存为 .xlsx 后再检查', en: 'This is an old .xls file; save it as .xlsx in Excel or WPS, then check again' });
  }
  if (startsWith(bytes, ZIP_EMPTY)) return new WorkbookError('unreadable', { zh: '文件是空的压缩包，不含工作表', en: 'The file is an empty zip archive with no sheets' });
  if (!startsWith(bytes, ZIP)) return new WorkbookError('not-xlsx', { zh: '文件不是 .xlsx 工作簿（内容不是 Office Open XML 格式）', en: 'The file is not an .xlsx workbook (its content is not Office Open XML)' });
  return null;
}
