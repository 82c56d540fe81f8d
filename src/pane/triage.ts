/**
 * What a reviewer sees first: counts over every form, the forms with errors first, filters, and each form's
 * findings with a rule's repeated findings folded into one line. Pure: the panel only draws it.
 */
import type { AnalyzedForm, Finding, Severity } from '../core';
import { ruleTitle } from '../core/rule-titles';
import { PaneSession } from './session';

/** A rule's findings in one form, when there are at least this many, fold into one line. */
export const FOLD_AT = 3;

export interface RepeatedFindings {
  rule: string;
  title: string;
  findings: Finding[];
}

export interface FormTriage {
  form: AnalyzedForm;
  counts: Record<Severity, number>;
  /** Folded repeats first (group null: no heading), then the single findings by first-level group. */
  groups: { group: string | null; items: (Finding | RepeatedFindings)[] }[];
}

export interface Triage {
  forms: FormTriage[];
  counts: Record<Severity, number>;
  formsWithErrors: number;
  /** Forms the filters hide. */
  hidden: number;
  /** Every finding shown, in the order shown: what 上一条 / 下一条 step through. */
  order: Finding[];
}

export interface TriageFilters {
  onlyErrors: boolean;
  onlyProblems: boolean;
}

function countOf(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function triage(forms: AnalyzedForm[], filters: TriageFilters, headerLabel: string): Triage {
  const all = forms.flatMap((f) => f.check.findings);
  const formsWithErrors = forms.filter((f) => f.check.findings.some((x) => x.severity === 'error')).length;
  // Forms with errors first, then those with warnings, then the rest; each kept in workbook order.
  const rank = (f: AnalyzedForm) => (f.check.findings.some((x) => x.severity === 'error') ? 0 : f.check.findings.some((x) => x.severity === 'warning') ? 1 : 2);
  const sorted = forms.map((form, i) => ({ form, i })).sort((a, b) => rank(a.form) - rank(b.form) || a.i - b.i).map((x) => x.form);
  const shown: FormTriage[] = [];
  for (const form of sorted) {
    const findings = form.check.findings.filter((f) => !filters.onlyErrors || f.severity === 'error');
    if ((filters.onlyProblems || filters.onlyErrors) && findings.length === 0) continue;
    shown.push({ form, counts: countOf(form.check.findings), groups: groupsOf(form, findings, headerLabel) });
  }
  const order = shown.flatMap((t) => t.groups.flatMap((g) => g.items.flatMap((item) => ('findings' in item ? item.findings : [item]))));
  return { forms: shown, counts: countOf(all), formsWithErrors, hidden: forms.length - shown.length, order };
}

function groupsOf(form: AnalyzedForm, findings: Finding[], headerLabel: string): FormTriage['groups'] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const folded = [...byRule.entries()].filter(([, list]) => list.length >= FOLD_AT);
  const foldedRules = new Set(folded.map(([rule]) => rule));
  const singles = findings.filter((f) => !foldedRules.has(f.rule));
  const groups: FormTriage['groups'] = [];
  if (folded.length) groups.push({ group: null, items: folded.map(([rule, list]) => ({ rule, title: ruleTitle(rule) ?? rule, findings: list })) });
  const byGroup = PaneSession.groupFindings({ ...form, check: { ...form.check, findings: singles } }, headerLabel);
  groups.push(...byGroup.map(({ group, findings: items }) => ({ group, items })));
  return groups;
}
