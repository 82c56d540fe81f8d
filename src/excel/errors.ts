import { HOST_MESSAGES } from '../host/messages';
import { HostError } from '../host/spreadsheet-host';

/** Office.js error codes (OfficeExtension.Error.code) the user can act on, with what to do, in Chinese. */
const MESSAGES: Record<string, [HostError['reason'], string]> = {
  AccessDenied: ['protected', HOST_MESSAGES.protected],
  InvalidOperationInCellEditMode: ['editing', 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。'],
  RequestPayloadSizeLimitExceeded: ['too-large', '要写入的数据超过 Excel 单次请求的上限（网页版 Excel 为 5 MB）。请少选几项写入，或把很大的表格拆到多个工作表。'],
  ResponsePayloadSizeLimitExceeded: ['too-large', '要读取的数据超过 Excel 单次请求的上限（网页版 Excel 为 5 MB）。请把很大的表格拆到多个工作表，或删去很长的说明文字后重试。'],
  RangeExceedsLimit: ['too-large', '工作表的已用区域超过 Excel 单次读取的上限（500 万个单元格）。请删除表格下方和右侧多余的行和列（其中可能有零散的内容或格式），再重试。'],
  OperationCellsExceedLimit: ['too-large', '要处理的单元格超过 Excel 单次操作的上限（500 万个单元格）。请删除表格下方和右侧多余的行和列，再重试。'],
  ItemNotFound: ['missing-sheet', '找不到要读取或写入的工作表或单元格，它可能刚被重命名或删除。请重新检查。'],
};

/** Turns an Office.js failure into a HostError with a message that says what to do. */
export function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const known = MESSAGES[code];
  if (known) return new HostError(known[0], known[1], error);
  const message = (error as Error)?.message ?? String(error);
  return new HostError('other', `Excel 返回错误：${message}`, error);
}
