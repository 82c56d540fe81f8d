/**
 * Lays a standard form out as a SheetDesign: the catalogue's fixed parts, rows to fill in, and live
 * formulas for everything computed (rate, budget score, budget totals, total, grade), written so that
 * Excel, WPS and LibreOffice evaluate them alike.
 */
import { a1 } from '../address';
import { fitRowHeights, type DesignCell, type SheetDesign, type StyleName } from '../design';
import type { MergeArea } from '../grid';
import { gradeFormula } from '../grades';
import { PROFILES, type ProfileId, type RateScoreBand } from '../profiles';
import { INPUT_AND_MANAGEMENT, MOF_BUDGET_ROWS, MOF_HIERARCHY, SHANGHAI_FOOTER, SHANGHAI_OPEN_GROUPS } from './catalogue';

/** One indicator row carried into a new form (next year's): what stays, without actuals or scores. */
export interface RowContent {
  name: string;
  explanation?: string;
  rule?: string;
  level2?: string;
  target?: string;
  weight?: number;
}

/** What a new form starts with instead of the catalogue's blank rows. */
export interface TemplateContent {
  /**
   * First-level groups in order, each with its rows (and, form A, its cell text like `产出目标 (34分)`); the
   * catalogue's blank groups where there are none.
   */
  groups?: { name: string; label?: string; rows: RowContent[] }[];
  /** Header fields to keep (预算单位, 主管部门 …). */
  fields?: Record<string, string>;
  /** The planned budget (form A 当年预算数, form B 全年预算数), kept as a starting figure. */
  planned?: number;
}

export interface TemplateOptions {
  year: number;
  project?: string;
  /** Form B's amounts: 元 (default) or 万元. */
  unit?: '元' | '万元';
  /** Rows to fill in per open group (form A, default 5) or per second-level indicator (form B, default 2). */
  rowsPerGroup?: number;
  sheetName?: string;
}

const AMOUNT = '#,##0.00';
const PERCENT = '0.00%';
const SCORE = '0.00';

class Layout {
  readonly design: SheetDesign;
  constructor(name: string, widths: number[]) {
    this.design = { name, cells: [], merges: [], columnWidths: widths, rowHeights: {}, validations: [], highlights: [], print: { repeatRows: [0, 0] } };
  }
  put(row: number, col: number, style: StyleName, content: Omit<DesignCell, 'style'> = {}) {
    (this.design.cells[row] ??= [])[col] = { style, ...content };
  }
  /** A cell spanning columns (and rows); the other cells of the area carry its style, for the borders. */
  span(top: number, left: number, bottom: number, right: number, style: StyleName, content: Omit<DesignCell, 'style'> = {}) {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.put(r, c, style);
    this.put(top, left, style, content);
    if (bottom > top || right > left) this.design.merges.push({ top, left, bottom, right });
  }
}

/** Form A's 预算执行率 score: the band's share of the weight, linear inside the band (80% → 6 of 8). */
function rateScoreFormula(rate: string, weight: string, bands: readonly RateScoreBand[]): string {
  const parts = bands.map((band, i) => {
    const upper = i > 0 ? bands[i - 1].minRate : null;
    if (upper === null || band.from === band.to) return `${weight}*${band.from}`;
    return `${weight}*(${band.from}+(${rate}-${band.minRate})/${round(upper - band.minRate)}*${round(band.to - band.from)})`;
  });
  const nested = bands.slice(0, -1).reduceRight((otherwise, band, i) => `IF(${rate}>=${band.minRate},${parts[i]},${otherwise})`, parts[parts.length - 1]);
  return `IF(${rate}="","",ROUND(${nested},2))`;
}

const round = (x: number) => Number(x.toFixed(6));

/** A header field's starting value: a number where the field holds an amount. */
function fieldValue(text: string, numFmt?: string): string | number | undefined {
  if (text === '') return undefined;
  return numFmt && Number.isFinite(Number(text)) ? Number(text) : text;
}

/** Score cells accept numbers from 0 to the weight on their row; a score above it turns red. */
function guardScores(layout: Layout, top: number, bottom: number, weightCol: number, scoreCol: number) {
  const scores: MergeArea = { top, left: scoreCol, bottom, right: scoreCol };
  const weights: MergeArea = { top, left: weightCol, bottom, right: weightCol };
  // The bound is the weight on the area's first row; spreadsheets shift it row by row.
  layout.design.validations.push({ area: scores, min: 0, max: a1(top, weightCol), message: '得分应为 0 至本行权重之间的数字' });
  layout.design.validations.push({ area: weights, min: 0, message: '权重应为不小于 0 的数字' });
  layout.design.highlights.push({ area: scores, formula: `AND(ISNUMBER(${a1(top, scoreCol)}),${a1(top, scoreCol)}>${a1(top, weightCol)})`, fill: '#FFC7CE' });
}

export function buildTemplate(kind: ProfileId, options: TemplateOptions, content?: TemplateContent): SheetDesign {
  const design = kind === 'mof-2020' ? buildMof(options, content) : buildShanghai(kind, options, content);
  fitRowHeights(design);
  return design;
}

/** The catalogue's groups: 投入与管理 with its six indicators, then open groups of blank rows. */
function shanghaiGroups(kind: ProfileId, rows: number): NonNullable<TemplateContent['groups']> {
  const weights = PROFILES[kind].groups;
  return [
    { name: '投入与管理', label: `投入与管理\n(${weights[0].weight}分)`, rows: INPUT_AND_MANAGEMENT.map((x) => ({ ...x })) },
    ...SHANGHAI_OPEN_GROUPS.map((name, i) => ({ name, label: `${name}\n(${weights[i + 1].weight}分)`, rows: Array.from({ length: rows }, () => ({ name: '' })) })),
  ];
}

function mofGroups(rows: number): NonNullable<TemplateContent['groups']> {
  return MOF_HIERARCHY.map(({ group, level2 }) => ({ name: group, rows: level2.flatMap((l2) => Array.from({ length: rows }, () => ({ name: '', level2: l2 }))) }));
}

function buildShanghai(kind: ProfileId, options: TemplateOptions, content?: TemplateContent): SheetDesign {
  const withRule = kind === 'minhang-2020';
  const headers = ['一级指标', '指标名称', '指标解释', '权重', ...(withRule ? ['评分规则'] : []), withRule ? '自评得分' : '自评分', '备注'];
  const last = headers.length - 1;
  const W = 3; // 权重
  const S = withRule ? 5 : 4; // 自评分
  const layout = new Layout(options.sheetName ?? `${options.year}年度绩效自评`, withRule ? [14, 20, 30, 7, 40, 9, 22] : [14, 22, 34, 7, 9, 26]);
  const profile = PROFILES[kind];
  layout.span(0, 0, 0, last, 'title', { value: withRule ? `${options.year}年度财政项目绩效自评表` : '项目绩效自评价' });
  layout.design.rowHeights[0] = 30;

  // Header fields: two to a row, then the long texts one to a row. Rows are fixed, so formulas can refer to them.
  const pairs: [string, string, StyleName, string?][][] = [
    [['项目名称', options.project ?? '', 'input'], ['预算单位', content?.fields?.['预算单位'] ?? '', 'input']],
    [['具体实施处（科室）', content?.fields?.['具体实施处'] ?? '', 'input'], ['是否为经常性项目', content?.fields?.['是否为经常性项目'] ?? '', 'input']],
    [['当年预算数（元）', '', 'input', AMOUNT], ['上年预算金额（元）', content?.planned !== undefined ? String(content.planned) : '', 'input', AMOUNT]],
    [['预算执行数（元）', '', 'input', AMOUNT], ['预算执行率（%）', '', 'value', PERCENT]],
  ];
  let r = 1;
  for (const [[l1, v1, s1, f1], [l2, v2, s2, f2]] of pairs) {
    layout.put(r, 0, 'label', { value: `${l1}：` });
    layout.span(r, 1, r, 2, s1, { value: fieldValue(v1, f1), numFmt: f1 });
    layout.span(r, 3, r, S, 'label', { value: `${l2}：` });
    layout.span(r, S + 1, r, last, s2, { value: fieldValue(v2, f2), numFmt: f2 });
    r++;
  }
  const budget = a1(3, 1);
  const executed = a1(4, 1);
  const rate = a1(4, S + 1);
  layout.put(4, S + 1, 'value', { formula: `IF(N(${budget})>0,ROUND(${executed}/${budget},4),"")`, numFmt: PERCENT });
  const longFields = ['项目年度总目标', '自评时间', '绩效等级', '主要绩效', '主要问题', '改进措施'];
  const gradeRow = r + longFields.indexOf('绩效等级');
  for (const label of longFields) {
    layout.put(r, 0, 'label', { value: `${label}：` });
    layout.span(r, 1, r, last, label === '绩效等级' ? 'value' : 'input');
    if (label === '项目年度总目标' || label.startsWith('主要') || label === '改进措施') layout.design.rowHeights[r] = 36;
    r++;
  }

  const headerRow = r;
  headers.forEach((h, c) => layout.put(headerRow, c, 'header', { value: h }));
  layout.design.print.repeatRows = [headerRow, headerRow];
  r++;
  const first = r;
  const groups = content?.groups ?? shanghaiGroups(kind, options.rowsPerGroup ?? 5);
  for (const group of groups) {
    const top = r;
    for (const x of group.rows.length ? group.rows : [{ name: '' }]) {
      layout.put(r, 1, 'text', { value: x.name || undefined });
      layout.put(r, 2, 'text', { value: x.explanation || undefined });
      layout.put(r, W, x.weight === undefined ? 'input' : 'number', { value: x.weight });
      if (withRule) layout.put(r, W + 1, 'text', { value: x.rule || undefined });
      // The 预算执行率 score follows the rate by the band rule; every other score is the author's.
      const byRule = x.name === '预算执行率';
      layout.put(r, S, byRule ? 'number' : 'input', { ...(byRule ? { formula: rateScoreFormula(rate, a1(r, W), profile.rateScoreBands!) } : {}), numFmt: SCORE });
      layout.put(r, S + 1, 'text');
      r++;
    }
    layout.span(top, 0, r - 1, 0, 'group', { value: (group.label ?? group.name) || undefined });
  }
  const lastRow = r - 1;
  guardScores(layout, first, lastRow, W, S);
  const total = a1(r, S);
  layout.span(r, 0, r, 2, 'total', { value: '合计' });
  layout.put(r, W, 'total', { formula: `SUM(${a1(first, W)}:${a1(lastRow, W)})` });
  if (withRule) layout.put(r, W + 1, 'total');
  layout.put(r, S, 'total', { formula: `SUM(${a1(first, S)}:${a1(lastRow, S)})`, numFmt: SCORE });
  layout.put(r, S + 1, 'total');
  layout.put(gradeRow, 1, 'value', { formula: `IF(COUNT(${a1(first, S)}:${a1(lastRow, S)})=0,"",${gradeFormula(total, profile.bands)})` });
  r++;
  for (const line of SHANGHAI_FOOTER) {
    layout.span(r, 0, r, last, 'footer', { value: line });
    r++;
  }
  return layout.design;
}

function buildMof(options: TemplateOptions, content?: TemplateContent): SheetDesign {
  const layout = new Layout(options.sheetName ?? `${options.year}年度绩效自评`, [9, 17, 13, 26, 14, 14, 8, 8, 26]);
  const profile = PROFILES['mof-2020'];
  const last = 8;
  const unit = options.unit ?? '元';
  layout.span(0, 0, 0, last, 'title', { value: '财政项目支出绩效自评表' });
  layout.span(1, 0, 1, last, 'subtitle', { value: `（${options.year}年度）` });
  layout.put(2, 0, 'label', { value: '项目名称' });
  layout.span(2, 1, 2, last, 'input', { value: options.project || undefined });
  layout.put(3, 0, 'label', { value: '主管部门' });
  layout.span(3, 1, 3, 4, 'input', { value: content?.fields?.['主管部门'] || undefined });
  layout.put(3, 5, 'label', { value: '实施单位' });
  layout.span(3, 6, 3, last, 'input', { value: content?.fields?.['实施单位'] || undefined });
  // 项目资金: a header row, the total row (sums of the rows below it), three rows to fill in.
  const h = 4;
  layout.span(h, 0, h + MOF_BUDGET_ROWS.length, 0, 'label', { value: `项目资金\n（${unit}）` });
  layout.put(h, 1, 'header');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((t, k) => layout.put(h, 2 + k, 'header', { value: t }));
  layout.span(h, 7, h, last, 'header', { value: '得分' });
  const t = h + 1;
  MOF_BUDGET_ROWS.forEach((label, k) => {
    const row = t + k;
    layout.put(row, 1, 'label', { value: label });
    for (let c = 2; c <= 4; c++) {
      if (k === 0) layout.put(row, c, 'number', { formula: `SUM(${a1(t + 1, c)}:${a1(t + MOF_BUDGET_ROWS.length - 1, c)})`, numFmt: AMOUNT });
      else layout.put(row, c, 'input', { numFmt: AMOUNT, value: k === 1 && c === 3 ? content?.planned : undefined });
    }
    layout.put(row, 5, 'number', k === 0 ? { value: profile.budgetWeight! } : { value: '—' });
    layout.put(row, 6, 'number');
    layout.span(row, 7, row, last, 'number');
  });
  const [planned, executed, weight] = [a1(t, 3), a1(t, 4), a1(t, 5)];
  layout.put(t, 6, 'number', { formula: `IF(N(${planned})>0,ROUND(${executed}/${planned},4),"")`, numFmt: PERCENT });
  const budgetScore = a1(t, 7);
  layout.put(t, 7, 'number', { formula: `IF(N(${planned})>0,ROUND(${weight}*MIN(${executed}/${planned},1),2),"")`, numFmt: SCORE });
  let r = t + MOF_BUDGET_ROWS.length;
  layout.span(r, 0, r + 1, 0, 'label', { value: '年度\n总体\n目标' });
  layout.span(r, 1, r, 4, 'header', { value: '预期目标' });
  layout.span(r, 5, r, last, 'header', { value: '实际完成情况' });
  layout.span(r + 1, 1, r + 1, 4, 'input');
  layout.span(r + 1, 5, r + 1, last, 'input');
  layout.design.rowHeights[r + 1] = 90;
  r += 2;

  const headerRow = r;
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((text, c) =>
    layout.put(headerRow, c, 'header', c === 0 ? {} : { value: text }),
  );
  layout.design.print.repeatRows = [headerRow, headerRow];
  r++;
  const first = r;
  for (const group of content?.groups ?? mofGroups(options.rowsPerGroup ?? 2)) {
    const groupTop = r;
    let level2Top = r;
    const rows = group.rows.length ? group.rows : [{ name: '' }];
    rows.forEach((x, k) => {
      for (let c = 3; c <= last; c++) layout.put(r, c, c === 6 || c === 7 ? 'input' : 'text', c === 7 ? { numFmt: SCORE } : {});
      if (x.name) layout.put(r, 3, 'text', { value: x.name });
      if (x.target) layout.put(r, 4, 'text', { value: x.target });
      if (x.weight !== undefined) layout.put(r, 6, 'number', { value: x.weight });
      r++;
      // Second-level cells span their runs of rows.
      if (k === rows.length - 1 || rows[k + 1].level2 !== x.level2) {
        layout.span(level2Top, 2, r - 1, 2, 'group', { value: x.level2 || undefined });
        level2Top = r;
      }
    });
    // A form read with no 一级指标 column rolls over with that cell left blank, never an empty string.
    layout.span(groupTop, 1, r - 1, 1, 'group', { value: group.name || undefined });
  }
  const lastRow = r - 1;
  layout.span(headerRow, 0, lastRow, 0, 'group', { value: '绩效\n指标' });
  guardScores(layout, first, lastRow, 6, 7);
  const total = a1(r, 7);
  layout.span(r, 0, r, 5, 'total', { value: '总分' });
  layout.put(r, 6, 'total', { formula: `SUM(${a1(first, 6)}:${a1(lastRow, 6)})+${weight}` });
  layout.put(r, 7, 'total', { formula: `SUM(${a1(first, 7)}:${a1(lastRow, 7)})+N(${budgetScore})`, numFmt: SCORE });
  layout.put(r, last, 'total');
  r++;
  layout.span(r, 0, r, 1, 'label', { value: '评分等级' });
  layout.span(r, 2, r, last, 'value', { formula: `IF(COUNT(${a1(first, 7)}:${a1(lastRow, 7)})=0,"",${gradeFormula(total, profile.bands)})` });
  return layout.design;
}
