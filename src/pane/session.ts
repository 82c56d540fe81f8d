/**
 * What the pane does, apart from how it looks: check, mark and clear, preview and write, undo, the
 * reviewer's sheet. It holds the state between clicks and talks to the spreadsheet only through the host.
 */
import type { AnalyzedForm, CellEdit, Finding, ProfileId, ProfileOverrides, Severity, SheetGrid } from '../core';

/**
 * The engine, loaded on the first check rather than with the pane: the pane then opens sooner (Excel shows
 * a blank pane until its script has run), and the engine arrives while the user picks what to check.
 */
export const engine = () => import(/* webpackChunkName: "engine" */ './engine');
import { areaOfA1 } from '../core/address';
import type { Strings } from './strings';
import {
  cellKey,
  checkedSettings,
  DEFAULT_SETTINGS,
  cellWrites,
  restoreWrite,
  type CellContent,
  type CellFill,
  type CellRef,
  type CellWrite,
  type PaneSettings,
  type ReportCell,
  type SheetsRead,
  type SpreadsheetHost,
  type UnreadSheet,
} from '../host/spreadsheet-host';
import { type HostText, type Locale, say, text } from '../host/messages';

export type Scope = 'sheet' | 'workbook';

/** One finding's identity in the pane (which one is selected, the stepping order). */
export const findingKey = (f: Finding) => `${f.sheet}!${f.cell}!${f.rule}`;

/** How far a check has come: sheets checked so far out of all. */
export type CheckProgress = (done: number, total: number) => void;

/** A standard template by its profile, or next year's form from the active sheet. */
export type TemplateChoice = ProfileId | 'next-year';

/** The forms of a sheet next year's form can be made from: range, project and first row, and the one proposed. */
export interface RolloverChoices {
  sheet: string;
  forms: { range: string; project: string | null; row: number }[];
  /** Index of the form holding the active cell (the first where the host cannot say). */
  chosen: number;
}

/** Fill colours of marked cells, by severity (Excel's own "bad", "neutral" and a light blue). */
export const MARK_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** One row of the write preview. */
export interface PreviewRow {
  id: string;
  edit: CellEdit;
  /** Ticked by default, except over an indicator score someone already filled in. */
  selected: boolean;
  /** The form the cell belongs to (`项目（A1:I22）`), for grouping the preview. */
  form: string;
  /** The indicator whose score this is, where it is one. */
  indicator: string | null;
}

/** The head of the reviewer's sheet: its title and labels, and the file and date it is about. */
export interface ReviewHead {
  title: string;
  fileLabel: string;
  file: string;
  dateLabel: string;
  date: string;
  profileLabel: string;
  formsHeader: string[];
}

/** Today as 2026-11-29 (no locale formats: older WPS Chromium lacks them). */
export function isoDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface FindingGroup {
  group: string;
  findings: Finding[];
}

export class PaneSession {
  forms: AnalyzedForm[] = [];
  /** Sheets read by the last check (the scope of marks and writes). */
  checkedSheets: string[] = [];
  /** Sheets the last check could not read (too large for the host, say), each with why; the others were checked. */
  unreadSheets: UnreadSheet[] = [];
  private marks = new Map<string, CellFill>(); // the fill each marked cell had before
  private lastWrite: { cells: CellWrite[]; before: CellContent[]; after: CellContent[] } | null = null;
  /** The document's saved settings, read once before the first check (the pane may open on any workbook). */
  private settingsRead: Promise<unknown> | null = null;

  private readonly initialSettings: PaneSettings;

  constructor(
    private readonly host: SpreadsheetHost,
    public settings: PaneSettings = DEFAULT_SETTINGS,
  ) {
    this.initialSettings = settings;
  }

  get hostKind(): SpreadsheetHost['kind'] {
    return this.host.kind;
  }

  /** Set when the document's saved settings could not all be used: the pane shows it; they fell back to the defaults. */
  settingsNotice: HostText | null = null;

  /** Saved settings, each checked: what is not valid stays at its default, with a notice (never a failed check). */
  private fromSaved(saved: unknown): PaneSettings {
    const { settings, notice } = checkedSettings(saved);
    this.settingsNotice = notice;
    return { ...DEFAULT_SETTINGS, ...settings };
  }

  async loadSettings(): Promise<PaneSettings> {
    this.settings = this.fromSaved(await this.host.loadSettings());
    this.settingsRead = Promise.resolve();
    return this.settings;
  }

  /**
   * The saved settings, unless this session's were already changed (by 设置, or by the write panel's tick).
   * Settings that cannot be read leave the defaults: a check must not fail for them.
   */
  private withSavedSettings(): Promise<unknown> {
    return (this.settingsRead ??= this.host.loadSettings().then(
      (saved) => this.settings === this.initialSettings && (this.settings = this.fromSaved(saved)),
      () => undefined,
    ));
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.settings = settings;
    this.settingsNotice = null;
    this.settingsRead = Promise.resolve();
    await this.host.saveSettings(settings);
  }

  private overrides(): ProfileOverrides {
    const s = this.settings;
    return { profile: s.profile === 'auto' ? undefined : s.profile, rounding: s.rounding, reverseRule: s.reverseRule };
  }

  /**
   * Reads the active sheet or every sheet and checks every form found. With `progress`, the sheets checked so
   * far are reported after each sheet, and the page gets a turn between sheets (a progress bar moves, clicks
   * are answered); the results replace the last ones only once all are checked.
   */
  async check(scope: Scope, progress?: CheckProgress): Promise<AnalyzedForm[]> {
    const [grids, { analyzeSheet }] = await Promise.all([this.host.readSheets(scope === 'sheet' ? 'active' : 'all'), engine(), this.withSavedSettings()]);
    return this.analyze(grids, analyzeSheet, progress);
  }

  /** Checks the same sheets again (after a write or an undo), wherever the selection is now. */
  async recheck(): Promise<AnalyzedForm[]> {
    const [grids, { analyzeSheet }] = await Promise.all([this.host.readSheets(this.checkedSheets), engine()]);
    return this.analyze(grids, analyzeSheet);
  }

  private async analyze(grids: SheetsRead, analyzeSheet: (grid: SheetGrid, overrides: ProfileOverrides) => AnalyzedForm[], progress?: CheckProgress): Promise<AnalyzedForm[]> {
    const forms: AnalyzedForm[] = [];
    for (let i = 0; i < grids.length; i++) {
      forms.push(...analyzeSheet(grids[i], this.overrides()));
      if (progress) {
        progress(i + 1, grids.length);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    this.checkedSheets = grids.map((g) => g.name);
    this.unreadSheets = grids.unread ?? [];
    this.forms = forms;
    return this.forms;
  }

  /** What the pane says above the results: settings set aside, sheets that could not be read. */
  get notices(): string[] {
    return this.noticesIn('zh-CN');
  }

  /** The notices in a language (Office's display language). */
  noticesIn(locale: Locale): string[] {
    return [
      ...(this.settingsNotice ? [say(this.settingsNotice, locale)] : []),
      ...this.unreadSheets.map((u) => say(text('unreadSheet', u.sheet, u.error?.messageIn(locale) ?? u.message), locale)),
    ];
  }

  get findings(): Finding[] {
    return this.forms.flatMap((f) => f.check.findings);
  }

  /** A form's findings by first-level group, in table order; header, budget and total findings first. */
  static groupFindings(form: AnalyzedForm, headerLabel: string): FindingGroup[] {
    const groupOfRow = new Map(form.form.indicators.map((x) => [x.row, x.group]));
    const groups = new Map<string, Finding[]>();
    for (const f of form.check.findings) {
      const group = groupOfRow.get(f.row) ?? headerLabel;
      groups.set(group, [...(groups.get(group) ?? []), f]);
    }
    return [...groups.entries()].map(([group, findings]) => ({ group, findings })).sort((a, b) => (a.group === headerLabel ? -1 : b.group === headerLabel ? 1 : 0));
  }

  select(finding: Finding): Promise<void> {
    return this.host.select({ sheet: finding.sheet, row: finding.row, col: finding.col });
  }

  /** Fills each finding's cell by its most severe finding; remembers each cell's fill from before. */
  async mark(): Promise<number> {
    const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
    const worst = new Map<string, Finding>();
    for (const f of this.findings) {
      const key = cellKey(f);
      const seen = worst.get(key);
      if (!seen || rank[f.severity] > rank[seen.severity]) worst.set(key, f);
    }
    const fills = [...worst.values()].map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, color: MARK_COLORS[f.severity] }));
    if (fills.length === 0) return 0;
    const before = await this.host.setFills(fills);
    // A cell marked twice keeps the fill it had before the first mark.
    before.forEach((fill) => this.marks.has(cellKey(fill)) || this.marks.set(cellKey(fill), fill));
    return fills.length;
  }

  get hasMarks(): boolean {
    return this.marks.size > 0;
  }

  /** Gives every marked cell back the fill it had before. */
  async clearMarks(): Promise<number> {
    const fills = [...this.marks.values()];
    if (fills.length === 0) return 0;
    await this.host.setFills(fills);
    this.marks.clear();
    return fills.length;
  }

  /**
   * The edits of the checked forms, each with its default tick. `accepted` holds the ids (`sheet!cell`) of
   * filled-in scores whose rule-based suggestion the user ticked: the total and grade then follow them.
   */
  preview(accepted: ReadonlySet<string> = new Set()): PreviewRow[] {
    return this.forms.flatMap((f) => {
      const offered = f.offeredEdits(new Set());
      const sheetAccepted = new Set(offered.filter((e) => e.suggestion && accepted.has(`${e.sheet}!${e.cell}`)).map((e) => `${e.row},${e.col}`));
      const form = `${f.report.project ?? f.form.sheet}（${f.report.range}）`;
      return (sheetAccepted.size ? f.offeredEdits(sheetAccepted) : offered).map((edit) => {
        const indicator = f.form.indicators.find((x) => x.row === edit.row && x.score.col === edit.col) ?? null;
        const filledScore = edit.current.value !== null && edit.current.value !== '' && indicator !== null && edit.kind !== 'number-text';
        const id = `${edit.sheet}!${edit.cell}`;
        return { id, edit, selected: filledScore ? accepted.has(id) : true, form, indicator: indicator?.name ?? null };
      });
    });
  }

  /** Writes the ticked edits in one batch; the total and grade as formulas unless the settings say values. */
  async write(rows: PreviewRow[]): Promise<number> {
    const chosen = rows.filter((r) => r.selected).map((r) => r.edit);
    if (chosen.length === 0) return 0;
    const cells: CellWrite[] = cellWrites(chosen, this.settings.writeFormulas);
    const expected = chosen.map((e) => e.current);
    const before = await this.host.writeCells(cells, expected);
    const after = cells.map((c) => (c.formula ? { value: c.value, formula: c.formula } : { value: c.value }));
    this.lastWrite = { cells, before, after };
    return cells.length;
  }

  get canUndo(): boolean {
    return this.lastWrite !== null;
  }

  /** Puts back exactly what the last write replaced: values, formulas and number formats. */
  async undo(): Promise<number> {
    const last = this.lastWrite;
    if (!last) return 0;
    const restore = last.cells.map((cell, i) => restoreWrite(cell, last.before[i]));
    await this.host.writeCells(restore, last.after);
    this.lastWrite = null;
    return restore.length;
  }

  /**
   * The forms of the active sheet that next year's form can be made from, as the CLI's `--form` lists them;
   * `chosen` is the one holding the active cell, or the first. The results of the last check stay.
   */
  async rolloverChoices(): Promise<RolloverChoices> {
    const [[grid], { analyzeSheet }, active] = await Promise.all([this.host.readSheets('active'), engine(), this.host.activeCell?.() ?? null, this.withSavedSettings()]);
    const forms = analyzeSheet(grid, this.overrides()).map(({ report }) => {
      const area = areaOfA1(report.range)!;
      return { range: report.range, project: report.project, row: area.top + 1, area };
    });
    const at = active?.sheet === grid.name ? forms.findIndex(({ area }) => active.row >= area.top && active.row <= area.bottom && active.col >= area.left && active.col <= area.right) : -1;
    return { sheet: grid.name, forms: forms.map(({ range, project, row }) => ({ range, project, row })), chosen: Math.max(0, at) };
  }

  /**
   * A standard template, or next year's form from a form of the active sheet: the one whose range is `form`
   * (as `rolloverChoices` lists them), else the sheet's first.
   */
  async insertTemplate(choice: TemplateChoice, options: { year?: number; project?: string; unit?: '元' | '万元'; rowsPerGroup?: number; form?: string }): Promise<string> {
    const { analyzeSheet, buildTemplate, rolloverDesign } = await engine();
    if (choice !== 'next-year') {
      const { unit, rowsPerGroup } = options;
      return this.host.addDesign(buildTemplate(choice, { year: options.year ?? new Date().getFullYear(), project: options.project || undefined, unit, rowsPerGroup }));
    }
    // The active sheet read on its own: the results of the last check (perhaps of the whole workbook) stay.
    const [grid] = await this.host.readSheets('active');
    await this.withSavedSettings();
    const forms = analyzeSheet(grid, this.overrides());
    if (forms.length === 0) throw new Error('当前工作表中没有找到绩效自评表，无法生成下一年度的表。请先切换到已填写的表。');
    const form = options.form === undefined ? forms[0] : forms.find((f) => f.report.range === options.form);
    // The sheet changed since the choice was listed: say so rather than roll another form forward.
    if (!form) throw new Error(`工作表“${grid.name}”中没有区域为 ${options.form} 的表（当前工作表已改变），请重新选择要据以生成的表。`);
    return this.host.addDesign(rolloverDesign(grid, form.form, { year: options.year }));
  }

  /** The reviewer's sheet head in the pane's language, for this workbook today. */
  reviewHead(strings: Strings): ReviewHead {
    return {
      title: strings.reviewTitle,
      fileLabel: strings.reviewFile,
      file: this.host.documentName ?? strings.thisWorkbook,
      dateLabel: strings.reviewDate,
      date: isoDate(),
      profileLabel: strings.reviewProfile,
      formsHeader: strings.reviewForms,
    };
  }

  /**
   * The findings on a new sheet, each linked to its cell, for a reviewer to send back. With `head`, the
   * sheet opens with the file, date and profile, then one line per form (printed and recomputed total, grade,
   * counts), then the findings with each rule named in Chinese beside its id.
   */
  async writeReview(title: string, header: string[], severityWords: Record<Severity, string>, head?: ReviewHead): Promise<string> {
    const rows: ReportCell[][] = [];
    if (head) {
      const profiles = [...new Set(this.forms.map((f) => `${f.profile.id} ${f.profile.title}`))].join('、') || '—';
      rows.push([head.title], [head.fileLabel, head.file], [head.dateLabel, head.date], [head.profileLabel, profiles], [], head.formsHeader);
      this.forms.forEach((f, i) => {
        const r = f.report;
        const count = (s: Severity) => f.check.findings.filter((x) => x.severity === s).length;
        const link: CellRef = { sheet: f.form.sheet, row: f.form.top, col: f.form.left };
        rows.push([i + 1, f.form.sheet, r.project ?? '', { text: r.range, link }, r.total.declared ?? '', r.total.suggested ?? '', r.grade.declared ?? r.grade.computed ?? '', count('error'), count('warning'), count('info')]);
      });
      rows.push([]);
    }
    // The rules' names come with the engine (they bring the rules), already loaded by the check.
    const { ruleTitle } = await engine();
    const first = rows.length;
    rows.push(header);
    this.forms.forEach((f) => {
      for (const finding of f.check.findings) {
        const link: CellRef = { sheet: finding.sheet, row: finding.row, col: finding.col };
        const rule = head ? `${ruleTitle(finding.rule) ?? ''}（${finding.rule}）` : finding.rule;
        rows.push([rows.length - first, finding.sheet, f.report.project ?? '', { text: finding.cell, link }, severityWords[finding.severity], rule, finding.message]);
      }
    });
    return this.host.addSheet(title, rows);
  }
}
