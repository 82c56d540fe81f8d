/** The refusals every host words the same way: what happened, where, and what to do. */
import { a1 } from '../core/address';
import type { CellRef } from './spreadsheet-host';

export const HOST_MESSAGES = {
  changed: (cell: CellRef) => `单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 在预览后被修改过，未写入任何单元格。请重新检查后再写入。`,
  missingSheet: (name: string) => `找不到工作表“${name}”，它可能刚被重命名或删除。请重新检查。`,
  protected: '工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试；检查不受影响。',
  protectedSheet: (name: string) => `工作表“${name}”受保护，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护后重试。`,
} as const;
