import { a1, rangeA1 } from './address';
import { gradeFor, numberOf } from './compute';
import type { FormCheck } from './check';
import { toJsonNumber } from './decimal';
import type { EvaluationForm, Part, PartState } from './model';
import { groupName } from './read-form';
import type { Profile } from './profiles';
import type { Finding } from './rules';

/** One form of the JSON report (REPORT.md). Numbers are rounded to their printed precision. */
export interface FormReport {
  sheet: string;
  range: string;
  family: string;
  profile: string;
  project: string | null;
  /** 主管部门 and 实施单位 (form A: 预算单位) as the header prints them; absent in reports written before them. */
  units?: { department: string | null; implementer: string | null };
  budget: {
    planned: number | null;
    executed: number | null;
    weight: number | null;
    unit: string;
    rate: { declared: number | null; computed: number | null; cell: string | null };
    score: { declared: number | null; computed: number | null; cell: string | null };
  } | null;
  groups: { name: string; weight: { declared: number | null; sum: number; standard: number | null }; score: { sum: number } }[];
  indicators: {
    cell: string;
    group: string;
    level2: string | null;
    name: string;
    target: string | null;
    actual: string | null;
    weight: number | null;
    /** `cell` is null where the form has no score column. */
    score: { declared: number | null; suggested: number | null; cell: string | null };
    note: string;
  }[];
  /** Which parts of the form were read: `absent` where the form has no such part by design. */
  parts: Record<Part, PartState>;
  /** `computed` and `suggested` are null when the budget block or the score column could not be read. */
  total: { declared: number | null; computed: number | null; suggested: number | null; cell: string | null };
  grade: { declared: string | null; computed: string | null; suggested: string | null; cell: string | null };
  problems: { rule: string; severity: string; cell: string; message: string }[];
}

const n2 = (d: Parameters<typeof toJsonNumber>[0]) => toJsonNumber(d, 2);

export function formReport(form: EvaluationForm, profile: Profile, checked: FormCheck): FormReport {
  const f = checked.figures;
  const b = form.budget;
  const isB = form.family === 'mof-2020';
  // A total or grade computed without the budget score or the scores is no result: none is presented.
  // Nor is one claimed of a table with no rows (a page cut under its header): only its budget block was read.
  const complete = form.parts.budget !== 'unread' && form.parts.score === 'read' && (form.indicators.length > 0 || form.groups.length > 0);
  const scored = complete && checked.totals.hasScores;
  return {
    sheet: form.sheet,
    range: rangeA1(form.top, form.left, form.bottom, form.right),
    family: form.family,
    profile: profile.id,
    project: form.project,
    units: { department: form.fields['主管部门']?.value || null, implementer: (form.fields['实施单位'] ?? form.fields['预算单位'])?.value || null },
    budget: b
      ? {
          planned: n2(numberOf(b.planned)),
          executed: n2(numberOf(b.executed)),
          weight: n2(f?.weight),
          unit: b.unit,
          rate: { declared: toJsonNumber(f?.declaredRate, 4), computed: toJsonNumber(f?.rate, 4), cell: b.rate ? a1(b.rate.row, b.rate.col) : null },
          score: { declared: n2(f?.declaredScore), computed: n2(f?.ruleScore), cell: b.score ? a1(b.score.row, b.score.col) : null },
        }
      : null,
    // A table with no level to group by holds one unnamed group: it is no first-level group, and not listed.
    groups: form.groups.filter((g) => form.groupLevel !== null || g.name !== '').map((g) => ({
      name: g.name,
      weight: {
        declared: n2(g.declared),
        sum: n2(g.weightSum)!,
        standard: profile.groups.find((s) => s.name === g.name)?.weight ?? null,
      },
      score: { sum: n2(g.scoreSum)! },
    })),
    indicators: form.indicators.map((x) => ({
      cell: a1(x.row, x.nameCol),
      group: x.group === '' ? '' : groupName(x.group),
      // A form's later table may state targets (a first table scored by rules, then one by targets).
      level2: isB || x.targetCol !== null ? x.level2 || null : null,
      name: x.name,
      target: isB || x.targetCol !== null ? x.target : null,
      actual: isB || x.actualCol !== null ? x.actual : null,
      weight: n2(numberOf(x.weight)),
      score: { declared: n2(numberOf(x.score)), suggested: n2(checked.suggestions.get(x)?.score), cell: x.score.col >= 0 ? a1(x.score.row, x.score.col) : null },
      note: x.note,
    })),
    parts: { ...form.parts },
    total: {
      declared: n2(checked.totals.declared),
      computed: complete ? n2(checked.totals.computed) : null,
      suggested: complete ? n2(checked.totals.suggested) : null,
      cell: form.total ? a1(form.total.score.row, form.total.score.col) : null,
    },
    grade: {
      declared: form.grade?.value || null,
      computed: scored ? gradeFor(checked.totals.computed, form, profile) : null,
      suggested: scored ? gradeFor(checked.totals.suggested, form, profile) : null,
      cell: form.grade ? a1(form.grade.row, form.grade.col) : null,
    },
    problems: checked.findings.map(problemOf),
  };
}

export function problemOf(f: Finding) {
  return { rule: f.rule, severity: f.severity, cell: f.cell, message: f.message };
}
