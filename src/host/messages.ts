/** The refusals every host words the same way: what happened, where, and what to do. */
import { a1 } from '../core/address';
import type { CellRef } from './spreadsheet-host';

export const HOST_MESSAGES = {
  changed: (cell: CellRef) => `单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 在预览后被修改过，未写入任何单元格。请重新检查后再写入。`,
  missingSheet: (name: string) => `找不到工作表“${name}”，它可能刚被重命名或删除。请重新检查。`,
  protected: '工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试；检查不受影响。',
  protectedSheet: (name: string) => `工作表“${name}”受保护，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护后重试。`,
  settingsUnreadable: '文档中保存的本助手设置无法读取，本次按默认设置检查。可在“设置”中重新选择并保存。',
  settingsRejected: (rejected: readonly [string, unknown][]) =>
    `文档中保存的设置有 ${rejected.length} 项无法使用（${rejected.map(([key, value]) => `${SETTING_NAMES[key] ?? key}“${String(value)}”`).join('，')}），这些项本次按默认值检查。可在“设置”中重新选择并保存。`,
  unreadSheet: (sheet: string, why: string) => `工作表“${sheet}”未能读取，未检查（其他工作表已检查）：${why}`,
  /** A protected sheet whose target cells are locked (the unlocked input cells of a form are written). */
  lockedCells: (sheet: string, cells: readonly CellRef[]) =>
    `工作表“${sheet}”受保护，单元格 ${addresses(cells)} 已锁定，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护，或请下发表格的单位把这些单元格设为“未锁定”，然后重试。`,
  /** A protected sheet that does not allow formatting, where a write would change a number format. */
  lockedFormats: (sheet: string, cells: readonly CellRef[]) =>
    `工作表“${sheet}”受保护且不允许设置单元格格式，单元格 ${addresses(cells)} 的数字格式无法更改，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护后重试。`,
} as const;

const SETTING_NAMES: Record<string, string> = { profile: '评分方案', rounding: '舍入方式', reverseRule: '反向指标算法', writeFormulas: '写入公式' };

/** A few cells by address (H6、H7、H8 等 12 个单元格), so that a long list stays readable in the pane. */
function addresses(cells: readonly CellRef[]): string {
  const shown = cells.slice(0, 8).map((c) => a1(c.row, c.col)).join('、');
  return cells.length > 8 ? `${shown} 等 ${cells.length} 个单元格` : shown;
}
