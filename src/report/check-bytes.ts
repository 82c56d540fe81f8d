/**
 * Reads and checks one workbook's bytes, as `jixiao check` does a file: a workbook that cannot be read, or
 * holds no form, becomes an error entry with the reason, never an exception. No file system here, so the web
 * page's overview checks the files a user picked the same way the CLI checks a folder.
 */
import { analyzeWorkbook, type AnalyzedForm, type ProfileOverrides } from '../core';
import { readWorkbookGrid, WorkbookError, type WorkbookErrorCode } from '../xlsx';

export interface CheckedBytes {
  file: string;
  error: { code: WorkbookErrorCode; message: string } | null;
  forms: AnalyzedForm[];
}

export async function checkBytes(file: string, bytes: Uint8Array, overrides: ProfileOverrides = {}): Promise<CheckedBytes> {
  try {
    const grid = await readWorkbookGrid(bytes);
    const forms = analyzeWorkbook(grid, overrides);
    if (forms.length === 0) {
      const message = grid.sheets.length === 0 ? '工作簿中没有工作表' : `在 ${grid.sheets.length} 个工作表中没有找到绩效自评表（未找到含“一级指标”“权重/分值”“得分”的指标表头）`;
      return { file, error: { code: 'no-form', message }, forms: [] };
    }
    return { file, error: null, forms };
  } catch (e) {
    if (e instanceof WorkbookError) return { file, error: { code: e.code, message: e.message }, forms: [] };
    // Anything else is a fault of the file the checks missed, or of ours: one line, never a library's English.
    return { file, error: { code: 'unreadable', message: '工作簿内容有误，无法检查；请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查' }, forms: [] };
  }
}
