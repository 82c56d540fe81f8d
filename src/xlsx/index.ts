/** The .xlsx adapter: workbooks in (through ExcelJS, behind the package's size checks) and out (as a patch). Works on bytes, not paths. */
export { loadWorkbook, readWorkbookGrid, readableBytes, toWorkbookGrid } from './read-workbook';
export { applyEdits } from './apply-edits';
export { WorkbookError, classifyBytes, type WorkbookErrorCode } from './errors';
export { writeDesign } from './write-design';
export { patchWorkbook, PatchRefused, type PatchCell } from './patch/patch-workbook';
