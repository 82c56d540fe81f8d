/**
 * Next year's form from a filled one: the project, the indicators with their targets and weights kept;
 * actuals, scores, notes, budget executions and the grade cleared; the year moved on. Laid out as the
 * standard template of the form's profile, so its formulas are live again.
 */
import type { SheetDesign } from '../design';
import { numberOf } from '../compute';
import { rowText, SheetView, type SheetGrid } from '../grid';
import type { EvaluationForm } from '../model';
import { buildTemplate, type TemplateContent } from './build';

/**
 * The year a form is for: `(2022 年度)` or `2020年度…` in its title rows, else in its sheet's name (a form made
 * here is named `2027年度 项目`, and the 2019 form prints no year); null when neither says one.
 */
function formYear(sheet: SheetGrid, form: EvaluationForm): number | null {
  const view = new SheetView(sheet);
  for (let r = form.top; r < form.headerRow; r++) {
    const m = /(\d{4})年度/.exec(rowText(view, r));
    if (m) return Number(m[1]);
  }
  const named = /(\d{4})\s*年度/.exec(sheet.name);
  return named ? Number(named[1]) : null;
}

export function rolloverDesign(sheet: SheetGrid, form: EvaluationForm, options: { year?: number } = {}): SheetDesign {
  const year = options.year ?? (formYear(sheet, form) ?? new Date().getFullYear() - 1) + 1;
  const content: TemplateContent = {
    // A form read without a single indicator row (its page cut under the table's header) rolls over to the blank groups.
    groups: form.groups.length === 0 ? undefined : form.groups.map((g) => ({
      name: g.name,
      label: g.declared ? `${g.name}\n(${g.declared.toString()}分)` : g.name,
      rows: g.indicators.map((x) => ({
        name: x.name,
        explanation: x.explanation,
        rule: x.rule,
        level2: x.level2 || undefined,
        target: x.target || undefined,
        weight: numberOf(x.weight)?.toNumber(),
      })),
    })),
    fields: Object.fromEntries(Object.entries(form.fields).map(([k, v]) => [k, v.value])),
    planned: numberOf(form.budget?.planned)?.toNumber(),
  };
  const unit = form.budget?.unit === '万元' ? '万元' : '元'; // amounts are carried over as printed, in their unit
  return buildTemplate(form.family, { year, project: form.project ?? undefined, unit, sheetName: sheetNameOf(`${year}年度 ${form.project ?? form.sheet}`) }, content);
}

/** A legal sheet name: no `[]:*?/\` and at most 31 characters, as Excel, WPS and LibreOffice require. */
function sheetNameOf(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}
