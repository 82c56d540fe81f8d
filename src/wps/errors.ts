/**
 * ET's failures, said so the user can act on them. Neither WPS's typings nor its documentation give the errors
 * ET throws a number or a wording (docs/hosts.md, "WPS"), so none is guessed from its text: every failure gets
 * one message that names what commonly causes it and keeps ET's own words. What the add-in can know beforehand
 * (a missing sheet, a locked cell, a changed cell) it checks itself and says precisely.
 */
import { a1 } from '../core/address';
import { HOST_MESSAGES } from '../host/messages';
import { type CellRef, HostError } from '../host/spreadsheet-host';

export const MESSAGES = {
  failed: (why: string) => `WPS 表格未能完成这一步：${why}。若正在编辑单元格，请先按 Enter 或 Esc 结束编辑；若工作表受保护，请先撤销保护；然后重试。`,
  protected: HOST_MESSAGES.protected,
  noWorkbook: '没有打开的工作簿。请先在 WPS 表格中打开要检查的表格，再重试。',
  missingSheet: HOST_MESSAGES.missingSheet,
  protectedSheet: HOST_MESSAGES.protectedSheet,
  protectedMarks: (name: string) => `工作表“${name}”受保护，无法标记单元格。请在“审阅”选项卡中撤销工作表保护后重试；检查结果不受影响。`,
  changed: HOST_MESSAGES.changed,
  writeFailed: (cell: CellRef, why: string) =>
    `写入单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 时失败，已写入的单元格已恢复原样，表格未被修改：${why}`,
  writeFailedUnrestored: (cell: CellRef, why: string) =>
    `写入单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 时失败，且已写入的单元格未能全部恢复，请检查工作表“${cell.sheet}”：${why}`,
  settings: (why: string) => `设置未能保存到文档：${why}。请确认文档不是只读的，再重试。`,
} as const;

/** Turns an ET failure into a HostError with a message that says what to do. */
export function hostErrorOf(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return new HostError('other', MESSAGES.failed(messageOf(error)), error);
}

/** The words of whatever was thrown: an Error's message, a COM error's `description`, or the thing itself. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const described = (error as { description?: unknown; message?: unknown } | null)?.description ?? (error as { message?: unknown } | null)?.message;
  return typeof described === 'string' && described ? described : String(error);
}
