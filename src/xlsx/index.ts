/** The .xlsx adapter: ExcelJS workbooks in and out of the engine's grids. Works on bytes, not paths. */
export { loadWorkbook, readWorkbookGrid, toWorkbookGrid } from './read-workbook';
export { applyEdits } from './apply-edits';
export { WorkbookError, classifyBytes, type WorkbookErrorCode } from './errors';
export { writeDesign } from './write-design';
