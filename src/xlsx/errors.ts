/** Why a file could not be read, with the code REPORT.md publishes and a message for the user. */
export type WorkbookErrorCode = 'unreadable' | 'not-xlsx' | 'encrypted' | 'no-form';

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
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
  if (bytes.length === 0) return new WorkbookError('unreadable', '文件为空（0 字节），不是 Excel 工作簿');
  if (startsWith(bytes, OLE)) {
    return contains(bytes, ENCRYPTION_INFO)
      ? new WorkbookError('encrypted', '工作簿设有打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再检查')
      : new WorkbookError('not-xlsx', '这是旧版 .xls 格式的文件；请在 Excel 或 WPS 中另存为 .xlsx 后再检查');
  }
  if (startsWith(bytes, ZIP_EMPTY)) return new WorkbookError('unreadable', '文件是空的压缩包，不含工作表');
  if (!startsWith(bytes, ZIP)) return new WorkbookError('not-xlsx', '文件不是 .xlsx 工作簿（内容不是 Office Open XML 格式）');
  return null;
}
