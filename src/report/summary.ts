/**
 * The review of many files at a glance, built from the `jixiao check --json` document's file entries: one row
 * per form, every finding, counts per rule and per unit, the grade distribution. Pure data, no I/O: the summary
 * workbook, the HTML report and the web page's overview all draw from it.
 *
 * Forms read only in part (a part `unread`, or a `part-unread` finding) and files that could not be read are
 * rows of their own here, so that no output can leave them out in silence.
 */
import type { FormReport } from '../core/report';
import { ruleTitle as titleOf } from '../core/rule-titles';

/** One file of the JSON report. */
export interface FileEntry {
  file: string;
  error: { code: string; message: string } | null;
  forms: FormReport[];
}

/** The parts of a form the reader reports on (a newer report shape; `undefined` means all read). */
type PartState = 'read' | 'unread' | 'absent';
type Parts = Record<string, PartState>;

const PART_NAMES: Record<string, string> = {
  budget: '项目资金',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '权重/分值',
  score: '得分',
  note: '偏差原因/备注',
  total: '总分',
};

/** A rule's Chinese title; a report from a newer version may name a rule this one does not know. */
export function ruleTitle(rule: string): string {
  return titleOf(rule) ?? rule;
}

export const NO_UNIT = '（未填单位）';
export const NO_GRADE = '（无）';

export interface FormRow {
  file: string;
  sheet: string;
  range: string;
  department: string | null;
  implementer: string | null;
  project: string | null;
  planned: number | null;
  executed: number | null;
  /** 执行率 as a fraction: recomputed where the figures allow, else as printed. */
  rate: number | null;
  totalDeclared: number | null;
  /** The sum of the printed parts. */
  totalComputed: number | null;
  /** With the rule-based budget score and suggestions for blank scores. */
  totalSuggested: number | null;
  gradeDeclared: string | null;
  gradeSuggested: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /** Parts found but not read (Chinese names); empty when the form was read whole. */
  unread: string[];
  /** The main problem in words: the first error, else the first warning, else ''. */
  mainProblem: string;
  /** Where the main problem is (A1 on `sheet`), if anywhere. */
  mainCell: string | null;
}

export interface FindingRow {
  file: string;
  sheet: string;
  project: string | null;
  cell: string;
  rule: string;
  title: string;
  severity: string;
  message: string;
}

export interface RuleCount {
  rule: string;
  title: string;
  severity: string;
  findings: number;
  /** Forms with at least one such finding. */
  forms: number;
}

export interface UnitCount {
  unit: string;
  department: string | null;
  forms: number;
  formsWithErrors: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface GradeCount {
  grade: string;
  declared: number;
  suggested: number;
}

export interface Summary {
  files: number;
  /** Files that could not be read (or hold no form), with why. */
  unreadable: { file: string; code: string; message: string }[];
  forms: FormRow[];
  findings: FindingRow[];
  rules: RuleCount[];
  units: UnitCount[];
  grades: GradeCount[];
  totals: { files: number; forms: number; formsWithErrors: number; halfRead: number; unreadable: number; errors: number; warnings: number; infos: number };
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };
/** Grade names in the order of their bands, across the families' wordings; others follow in first-seen order. */
const GRADE_ORDER = ['优', '优秀', '良', '良好', '中', '合格', '差', '不合格'];

export function unitOf(row: Pick<FormRow, 'implementer' | 'department'>): string {
  return row.implementer ?? row.department ?? NO_UNIT;
}

function unreadParts(form: FormReport): string[] {
  const parts = (form as FormReport & { parts?: Parts }).parts;
  const out = parts ? Object.entries(parts).filter(([, state]) => state === 'unread').map(([part]) => PART_NAMES[part] ?? part) : [];
  if (out.length === 0 && form.problems.some((p) => p.rule === 'part-unread')) out.push('部分内容');
  return out;
}

function formRow(file: string, form: FormReport): FormRow {
  const count = (severity: string) => form.problems.filter((p) => p.severity === severity).length;
  const main = form.problems.find((p) => p.severity === 'error') ?? form.problems.find((p) => p.severity === 'warning') ?? null;
  const b = form.budget;
  return {
    file,
    sheet: form.sheet,
    range: form.range,
    department: form.units?.department ?? null,
    implementer: form.units?.implementer ?? null,
    project: form.project,
    planned: b?.planned ?? null,
    executed: b?.executed ?? null,
    rate: b ? b.rate.computed ?? b.rate.declared : null,
    totalDeclared: form.total.declared,
    // Null-safe: a form whose scores could not be read has no recomputed total.
    totalComputed: form.total.computed ?? null,
    totalSuggested: form.total.suggested ?? null,
    gradeDeclared: form.grade.declared,
    gradeSuggested: form.grade.suggested ?? null,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    unread: unreadParts(form),
    mainProblem: main ? main.message : '',
    mainCell: main ? main.cell : null,
  };
}

export function summarize(entries: FileEntry[]): Summary {
  const unreadable: Summary['unreadable'] = [];
  const forms: FormRow[] = [];
  const findings: FindingRow[] = [];
  const rules = new Map<string, RuleCount>();
  const units = new Map<string, UnitCount>();
  const grades = new Map<string, GradeCount>();
  const gradeOf = (name: string) => grades.get(name) ?? grades.set(name, { grade: name, declared: 0, suggested: 0 }).get(name)!;

  for (const entry of entries) {
    if (entry.error) unreadable.push({ file: entry.file, code: entry.error.code, message: entry.error.message });
    for (const form of entry.forms) {
      const row = formRow(entry.file, form);
      forms.push(row);
      const seen = new Set<string>();
      for (const p of form.problems) {
        findings.push({ file: entry.file, sheet: form.sheet, project: form.project, cell: p.cell, rule: p.rule, title: ruleTitle(p.rule), severity: p.severity, message: p.message });
        const count = rules.get(p.rule) ?? rules.set(p.rule, { rule: p.rule, title: ruleTitle(p.rule), severity: p.severity, findings: 0, forms: 0 }).get(p.rule)!;
        count.findings++;
        if (!seen.has(p.rule)) count.forms++;
        seen.add(p.rule);
      }
      const unit = unitOf(row);
      const u = units.get(unit) ?? units.set(unit, { unit, department: row.department, forms: 0, formsWithErrors: 0, errors: 0, warnings: 0, infos: 0 }).get(unit)!;
      u.forms++;
      if (row.errors > 0) u.formsWithErrors++;
      u.errors += row.errors;
      u.warnings += row.warnings;
      u.infos += row.infos;
      gradeOf(row.gradeDeclared ?? NO_GRADE).declared++;
      gradeOf(row.gradeSuggested ?? NO_GRADE).suggested++;
    }
  }

  const rank = (g: string) => (g === NO_GRADE ? GRADE_ORDER.length + 1 : GRADE_ORDER.includes(g) ? GRADE_ORDER.indexOf(g) : GRADE_ORDER.length);
  const sum = (key: 'errors' | 'warnings' | 'infos') => forms.reduce((n, f) => n + f[key], 0);
  return {
    files: entries.length,
    unreadable,
    forms,
    findings,
    rules: [...rules.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.findings - a.findings || (a.rule < b.rule ? -1 : 1)),
    units: [...units.values()].sort((a, b) => b.errors - a.errors || b.forms - a.forms || (a.unit < b.unit ? -1 : 1)),
    grades: [...grades.values()].sort((a, b) => rank(a.grade) - rank(b.grade)),
    totals: {
      files: entries.length,
      forms: forms.length,
      formsWithErrors: forms.filter((f) => f.errors > 0).length,
      halfRead: forms.filter((f) => f.unread.length > 0).length,
      unreadable: unreadable.length,
      errors: sum('errors'),
      warnings: sum('warnings'),
      infos: sum('infos'),
    },
  };
}

export const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** The state of a form in a word, for the tables. */
export function statusOf(row: FormRow): string {
  if (row.unread.length) return `未读全：${row.unread.join('、')}`;
  if (row.errors) return '有错误';
  if (row.warnings) return '有警告';
  return '无误';
}
