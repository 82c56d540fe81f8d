import { HOST_MESSAGES } from '../host/messages';
import { HostError } from '../host/spreadsheet-host';

/** Office.js error codes (OfficeExtension.Error.code) the user can act on, with what to do, in Chinese. */
const MESSAGES: Record<string, [HostError['reason'], string]> = {
  AccessDenied: ['protected', HOST_MESSAGES.protected],
  InvalidOperationInCellEditMode: ['editing', 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。'],
  RequestPayloadSizeLimitExceeded: ['too-large', '要读取或写入的数据超过 Excel 单次请求的上限。请只检查当前工作表，或把很大的表格拆到多个工作表。'],
  ResponsePayloadSizeLimitExceeded: ['too-large', '要读取的数据超过 Excel 单次请求的上限。请只检查当前工作表，或把很大的表格拆到多个工作表。'],
  ItemNotFound: ['missing-sheet', '找不到要读取的工作表，它可能刚被重命名或删除。请重新检查。'],
};

/** Turns an Office.js failure into a HostError with a message that says what to do. */
export function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const known = MESSAGES[code];
  if (known) return new HostError(known[0], known[1]);
  const message = (error as Error)?.message ?? String(error);
  return new HostError('other', `Excel 返回错误：${message}`);
}
