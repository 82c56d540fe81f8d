import { checkForm, type FormCheck } from './check';
import { editsFor, type CellEdit } from './edits';
import { SheetView, type SheetGrid, type WorkbookGrid } from './grid';
import type { EvaluationForm } from './model';
import { resolveProfile, type Profile, type ProfileOverrides } from './profiles';
import { readForms } from './forms';
import { formReport, type FormReport } from './report';

export interface AnalyzedForm {
  form: EvaluationForm;
  profile: Profile;
  check: FormCheck;
  report: FormReport;
  readonly edits: CellEdit[];
  /**
   * The edits a preview offers: `edits` and, unticked, rule-based scores over filled-in ones; those in
   * `accepted` (`row,col` keys) are counted into the total and grade.
   */
  offeredEdits(accepted: ReadonlySet<string>): CellEdit[];
}

/** Finds, reads and checks every form of a sheet. */
export function analyzeSheet(sheet: SheetGrid, overrides: ProfileOverrides = {}): AnalyzedForm[] {
  const view = new SheetView(sheet);
  const current = (row: number, col: number) => {
    const cell = view.raw(row, col);
    const content = cell?.formula ? { value: cell.value ?? null, formula: cell.formula } : { value: cell?.value ?? null };
    return cell?.numFmt ? { ...content, numFmt: cell.numFmt } : content;
  };
  return readForms(view).map((form) => {
    const profile = resolveProfile(form.family, overrides, form.scheme);
    const check = checkForm(form, profile);
    let edits: CellEdit[] | undefined;
    return {
      form,
      profile,
      check,
      report: formReport(form, profile, check),
      // Computed on first use: checking alone (the reviewer's case) never needs them.
      get edits() {
        return (edits ??= editsFor(form, profile, check, current));
      },
      offeredEdits: (accepted) => editsFor(form, profile, check, current, { offer: true, accepted }),
    };
  });
}

/** Every form of every sheet, in sheet order. */
export function analyzeWorkbook(workbook: WorkbookGrid, overrides: ProfileOverrides = {}): AnalyzedForm[] {
  return workbook.sheets.flatMap((sheet) => analyzeSheet(sheet, overrides));
}
