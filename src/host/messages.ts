/**
 * What every host says when it refuses or fails, in zh-CN and en-US: one table per language, the same keys,
 * chosen by Office's display language where the message is shown. Hosts never word a message themselves: they
 * throw a HostError holding a key and its details (a HostText), and the pane says it in its language. Each
 * message says what happened, where (sheet, cells), and what to do.
 */
import { a1 } from '../core/address';
import type { CellRef } from './spreadsheet-host';

export type Locale = 'zh-CN' | 'en-US';

/** The locale for Office's display language (`en-GB` → en-US; anything else, or none, → zh-CN). */
export function localeOf(language: string | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en-US' : 'zh-CN';
}

const ZH = {
  changed: (cell: CellRef) => `单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 在预览后被修改过，未写入任何单元格。请重新检查后再写入。`,
  missingSheet: (name: string) => `找不到工作表“${name}”，它可能刚被重命名或删除。请重新检查。`,
  protected: () => '工作表受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试；检查不受影响。',
  protectedSheet: (name: string) => `工作表“${name}”受保护，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护后重试。`,
  protectedMarks: (name: string) => `工作表“${name}”受保护，无法标记单元格。请在“审阅”选项卡中撤销工作表保护后重试；检查结果不受影响。`,
  /** A protected sheet whose target cells are locked (the unlocked input cells of a form are written). */
  lockedCells: (sheet: string, cells: readonly CellRef[]) =>
    `工作表“${sheet}”受保护，单元格 ${addresses(cells, '、', (n) => ` 等 ${n} 个单元格`)} 已锁定，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护，或请下发表格的单位把这些单元格设为“未锁定”，然后重试。`,
  /** A protected sheet that does not allow formatting, where a write would change a number format. */
  lockedFormats: (sheet: string, cells: readonly CellRef[]) =>
    `工作表“${sheet}”受保护且不允许设置单元格格式，单元格 ${addresses(cells, '、', (n) => ` 等 ${n} 个单元格`)} 的数字格式无法更改，未写入任何单元格。请在“审阅”选项卡中撤销工作表保护后重试。`,
  editing: () => 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。',
  requestTooLarge: () => '要写入的数据超过 Excel 单次请求的上限（网页版 Excel 为 5 MB）。请少选几项写入，或把很大的表格拆到多个工作表。',
  responseTooLarge: () => '要读取的数据超过 Excel 单次请求的上限（网页版 Excel 为 5 MB）。请把很大的表格拆到多个工作表，或删去很长的说明文字后重试。',
  rangeTooLarge: () => '工作表的已用区域超过 Excel 单次读取的上限（500 万个单元格）。请删除表格下方和右侧多余的行和列（其中可能有零散的内容或格式），再重试。',
  operationTooLarge: () => '要处理的单元格超过 Excel 单次操作的上限（500 万个单元格）。请删除表格下方和右侧多余的行和列，再重试。',
  itemNotFound: () => '找不到要读取或写入的工作表或单元格，它可能刚被重命名或删除。请重新检查。',
  excelFailed: (why: string) => `Excel 返回错误：${why}`,
  wpsFailed: (why: string) => `WPS 表格未能完成这一步：${why}。若正在编辑单元格，请先按 Enter 或 Esc 结束编辑；若工作表受保护，请先撤销保护；然后重试。`,
  noWorkbook: () => '没有打开的工作簿。请先在 WPS 表格中打开要检查的表格，再重试。',
  writeFailed: (cell: CellRef, why: string) => `写入单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 时失败，已写入的单元格已恢复原样，表格未被修改：${why}`,
  writeFailedUnrestored: (cell: CellRef, why: string) =>
    `写入单元格 ${cell.sheet}!${a1(cell.row, cell.col)} 时失败，且已写入的单元格未能全部恢复，请检查工作表“${cell.sheet}”：${why}`,
  settingsNotSaved: (why: string) => `设置未能保存到文档：${why}。请确认文档不是只读的，再重试。`,
  settingsNoStorage: () => '此浏览器不允许保存设置（本地存储被禁用），设置只在本次打开期间有效。',
  settingsUnreadable: () => '文档中保存的本助手设置无法读取，本次按默认设置检查。可在“设置”中重新选择并保存。',
  settingsRejected: (rejected: readonly [string, unknown][]) =>
    `文档中保存的设置有 ${rejected.length} 项无法使用（${rejected.map(([key, value]) => `${SETTING_NAMES['zh-CN'][key] ?? key}“${String(value)}”`).join('，')}），这些项本次按默认值检查。可在“设置”中重新选择并保存。`,
  unreadSheet: (sheet: string, why: string) => `工作表“${sheet}”未能读取，未检查（其他工作表已检查）：${why}`,
};

type Table = typeof ZH;

const EN: Table = {
  changed: (cell) => `Cell ${cell.sheet}!${a1(cell.row, cell.col)} was changed after the preview; no cell was written. Check again, then write.`,
  missingSheet: (name) => `Sheet "${name}" was not found; it may just have been renamed or deleted. Check again.`,
  protected: () => 'The sheet is protected and cannot be written. Unprotect it (Review tab), then try again; checking is not affected.',
  protectedSheet: (name) => `Sheet "${name}" is protected; no cell was written. Unprotect it (Review tab), then try again.`,
  protectedMarks: (name) => `Sheet "${name}" is protected, so its cells cannot be marked. Unprotect it (Review tab), then try again; the check results are not affected.`,
  lockedCells: (sheet, cells) =>
    `Sheet "${sheet}" is protected and cells ${addresses(cells, ', ', (n) => ` and others (${n} cells)`)} are locked; no cell was written. Unprotect the sheet (Review tab), or ask whoever sent the form to unlock these cells, then try again.`,
  lockedFormats: (sheet, cells) =>
    `Sheet "${sheet}" is protected and does not allow formatting cells, so the number format of ${addresses(cells, ', ', (n) => ` and others (${n} cells)`)} cannot change; no cell was written. Unprotect the sheet (Review tab), then try again.`,
  editing: () => 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
  requestTooLarge: () => 'The data to write is more than Excel takes in one request (5 MB in Excel on the web). Write fewer items at once, or split a very large table over several sheets.',
  responseTooLarge: () => 'The data to read is more than Excel returns in one request (5 MB in Excel on the web). Split a very large table over several sheets, or shorten very long notes, then try again.',
  rangeTooLarge: () => 'The used range of the sheet is more than Excel reads at once (5 million cells). Delete the unused rows and columns below and to the right of the table (they may hold stray content or formatting), then try again.',
  operationTooLarge: () => 'The cells to process are more than Excel handles at once (5 million cells). Delete the unused rows and columns below and to the right of the table, then try again.',
  itemNotFound: () => 'The sheet or cells to read or write were not found; they may just have been renamed or deleted. Check again.',
  excelFailed: (why) => `Excel reported an error: ${why}`,
  wpsFailed: (why) => `WPS Spreadsheets could not complete this step: ${why}. If a cell is being edited, press Enter or Esc first; if the sheet is protected, unprotect it; then try again.`,
  noWorkbook: () => 'No workbook is open. Open the form to check in WPS Spreadsheets, then try again.',
  writeFailed: (cell, why) => `Writing cell ${cell.sheet}!${a1(cell.row, cell.col)} failed; the cells already written were put back, the workbook is unchanged: ${why}`,
  writeFailedUnrestored: (cell, why) => `Writing cell ${cell.sheet}!${a1(cell.row, cell.col)} failed, and not every cell already written could be put back; check sheet "${cell.sheet}": ${why}`,
  settingsNotSaved: (why) => `The settings could not be saved in the document: ${why}. Make sure the document is not read-only, then try again.`,
  settingsNoStorage: () => 'This browser does not allow saving settings (local storage is disabled); they last only while the page is open.',
  settingsUnreadable: () => 'The settings saved in this document cannot be read; this check uses the defaults. Choose and save them again under Settings.',
  settingsRejected: (rejected) =>
    `${rejected.length} saved setting(s) cannot be used (${rejected.map(([key, value]) => `${SETTING_NAMES['en-US'][key] ?? key} "${String(value)}"`).join(', ')}); this check uses their defaults. Choose and save them again under Settings.`,
  unreadSheet: (sheet, why) => `Sheet "${sheet}" could not be read and was not checked (the other sheets were): ${why}`,
};

const TABLES: Record<Locale, Table> = { 'zh-CN': ZH, 'en-US': EN };

const SETTING_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': { profile: '评分方案', rounding: '舍入方式', reverseRule: '反向指标算法', writeFormulas: '写入公式' },
  'en-US': { profile: 'scoring scheme', rounding: 'rounding', reverseRule: 'reverse-indicator rule', writeFormulas: 'write formulas' },
};

/** The Chinese table, for what is only ever said in Chinese (the CLI, logs) and for an Error's own `message`. */
export const HOST_MESSAGES: Table = ZH;

export type MessageKey = keyof Table;

/** A message not yet worded: its key and details, said in whichever language the reader has. */
export interface HostText<K extends MessageKey = MessageKey> {
  key: K;
  args: Parameters<Table[K]>;
}

export function text<K extends MessageKey>(key: K, ...args: Parameters<Table[K]>): HostText<K> {
  return { key, args };
}

/** A message in a language. */
export function say(message: HostText, locale: Locale = 'zh-CN'): string {
  return (TABLES[locale][message.key] as (...args: unknown[]) => string)(...message.args);
}

/** The sheet and cells a message is about, where it names them. */
export function whereOf(message: HostText): { sheet?: string; cells?: CellRef[] } {
  const [first, second] = message.args as unknown[];
  if (Array.isArray(second)) return { sheet: first as string, cells: second as CellRef[] };
  if (first && typeof first === 'object' && 'sheet' in first) return { sheet: (first as CellRef).sheet, cells: [first as CellRef] };
  if (typeof first === 'string' && ['missingSheet', 'protectedSheet', 'protectedMarks', 'unreadSheet'].includes(message.key)) return { sheet: first };
  return {};
}

/** A few cells by address (H6、H7、H8 等 12 个单元格), so that a long list stays readable in the pane. */
function addresses(cells: readonly CellRef[], separator: string, more: (count: number) => string): string {
  const shown = cells
    .slice(0, 8)
    .map((c) => a1(c.row, c.col))
    .join(separator);
  return cells.length > 8 ? `${shown}${more(cells.length)}` : shown;
}
