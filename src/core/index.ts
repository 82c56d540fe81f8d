/** The engine's public surface: pure functions over grids. Hosts import from here only. */
export { analyzeSheet, analyzeWorkbook, type AnalyzedForm } from './analyze';
export type { CellEdit, EditKind } from './edits';
export type { CellValue, GridCell, MergeArea, SheetGrid, WorkbookGrid } from './grid';
export { PROFILES, isProfileId, type Profile, type ProfileId, type ProfileOverrides } from './profiles';
export { RULES, type Finding, type RuleId, type Severity } from './rules';
export type { FormReport } from './report';
export type { Part, PartState } from './model';
export { a1, parseA1, columnName } from './address';
