import { readFileSync } from 'node:fs';
import { analyzeWorkbook, type AnalyzedForm, type ProfileOverrides } from '../core';
import { readWorkbookGrid, WorkbookError, type WorkbookErrorCode } from '../xlsx';

export interface FileResult {
  file: string;
  error: { code: WorkbookErrorCode; message: string } | null;
  forms: AnalyzedForm[];
}

/** Reads and checks one file; a file that cannot be read becomes an error entry, never an exception. */
export async function checkFile(file: string, overrides: ProfileOverrides): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : `无法读取文件（${code ?? (e as Error).message}）`;
    return { file, error: { code: 'unreadable', message }, forms: [] };
  }
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
    return { file, error: { code: 'unreadable', message: `读取失败：${(e as Error).message}` }, forms: [] };
  }
}
