/** The .xlsx adapter: workbooks in (through ExcelJS, behind the package's size checks) and out (as a patch). Works on bytes, not paths. */
export { loadWorkbook, readWorkbookGrid, readableBytes, toWorkbookGrid } from './read-workbook';
export { WorkbookError, classifyBytes, type WorkbookErrorCode } from './errors';
export { writeDesign } from './write-design';
export { patchWorkbook, writePatch, PatchRefused, type PatchCell, type PatchFill, type WorkbookPatch } from './patch/patch-workbook';
export { newSheetOfDesign, type NewSheet, type NewCell } from './patch/add-sheet';
