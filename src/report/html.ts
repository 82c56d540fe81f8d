/**
 * The HTML report: one self-contained file a reviewer opens offline and forwards to the units. No script, no
 * font, no image is fetched: the styles are inline, the charts are inline SVG drawn before the page is written.
 * Printable to A4 (landscape, for the wide tables): the charts and the headline never split across pages.
 */
import type { RenderedChart } from './charts';
import { SEVERITY_NAMES, statusOf, type Summary } from './summary';

export interface HtmlMeta {
  /** When the report was made, as it is printed (`2026-11-29 21:44`). */
  generated: string;
  version: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const e = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : escapeHtml(String(v)));
const fixed = (v: number | null, digits = 2) => (v === null ? '' : v.toFixed(digits));
const amount = (v: number | null) => (v === null ? '' : v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const percent = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(2)}%`);

const STYLE = `
:root { --error: #c50f1f; --warning: #bc4b09; --info: #0f6cbd; --line: #d1d1d1; --soft: #f5f5f5; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; color: #242424; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #0f6cbd; }
.meta { color: #616161; margin: 0 0 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 0; padding: 0; }
.cards div { flex: 1 1 120px; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.cards dt { color: #616161; font-size: 13px; }
.cards dd { margin: 0; font-size: 22px; font-weight: 600; }
.cards .bad dd { color: var(--error); }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; flex: 1 1 560px; border: 1px solid var(--line); border-radius: 6px; padding: 8px; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; }
figure p { margin: 2px 0 0; color: #616161; font-size: 12px; }
figure svg { width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #ebf3fc; white-space: nowrap; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.error td.status { color: var(--error); font-weight: 600; }
tr.unread td.status { background: #fff2cc; font-weight: 600; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.none { color: #616161; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure { flex-basis: 45%; }
  .cards div { flex-basis: 60px; padding: 4px 8px; }
  .cards dd { font-size: 16px; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
`;

function cards(s: Summary): string {
  const t = s.totals;
  const card = (label: string, value: number, bad = false) => `<div${bad && value ? ' class="bad"' : ''}><dt>${label}</dt><dd>${value}</dd></div>`;
  return `<dl class="cards">${[
    card('文件', t.files),
    card('自评表', t.forms),
    card('有错误的表', t.formsWithErrors, true),
    card('未读全的表', t.halfRead, true),
    card('未能读取的文件', t.unreadable, true),
    card('错误', t.errors, true),
    card('警告', t.warnings),
    card('提示', t.infos),
  ].join('')}</dl>`;
}

function tableOf(headers: string[], rows: string[][], rowClass: (i: number) => string = () => ''): string {
  const head = `<thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`;
  const body = rows.map((cells, i) => `<tr${rowClass(i) ? ` class="${rowClass(i)}"` : ''}>${cells.join('')}</tr>`).join('\n');
  return `<table>${head}<tbody>\n${body}\n</tbody></table>`;
}

const td = (v: string | number | null | undefined, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${e(v)}</td>`;
const num = (text: string) => `<td class="n">${e(text)}</td>`;

export function htmlReport(summary: Summary, charts: RenderedChart[], meta: HtmlMeta): string {
  const problemFiles = summary.unreadable.length
    ? tableOf(['文件', '原因'], summary.unreadable.map((u) => [td(u.file), td(u.message)]))
    : '<p class="none">没有未能读取的文件。</p>';
  const halfRead = summary.forms.filter((f) => f.unread.length);
  const halfReadTable = halfRead.length
    ? tableOf(['文件', '工作表', '项目名称', '未能读取的部分'], halfRead.map((f) => [td(f.file), td(f.sheet), td(f.project), td(f.unread.join('、'))]))
    : '<p class="none">每张表都已读全。</p>';
  const forms = tableOf(
    ['文件', '工作表', '实施单位', '项目名称', '预算数', '执行数', '执行率', '表中总分', '重算总分', '按规则总分', '表中等级', '按规则等级', '错误', '警告', '状态', '主要问题'],
    summary.forms.map((f) => [
      td(f.file), td(f.sheet), td(f.implementer ?? f.department), td(f.project),
      num(amount(f.planned)), num(amount(f.executed)), num(percent(f.rate)),
      num(fixed(f.totalDeclared)), num(fixed(f.totalComputed)), num(fixed(f.totalSuggested)),
      td(f.gradeDeclared), td(f.gradeSuggested), num(String(f.errors)), num(String(f.warnings)),
      td(statusOf(f), 'status'), td(f.mainCell ? `${f.mainCell}：${f.mainProblem}` : f.mainProblem),
    ]),
    (i) => (summary.forms[i].unread.length ? 'unread' : summary.forms[i].errors ? 'error' : ''),
  );
  const rules = tableOf(
    ['规则', '规则名称', '严重程度', '问题数', '涉及表数'],
    summary.rules.map((r) => [td(r.rule), td(r.title), td(SEVERITY_NAMES[r.severity] ?? r.severity, `sev-${r.severity}`), num(String(r.findings)), num(String(r.forms))]),
  );
  const units = tableOf(
    ['实施单位', '主管部门', '表数', '有错误的表', '错误', '警告', '提示'],
    summary.units.map((u) => [td(u.unit), td(u.department), num(String(u.forms)), num(String(u.formsWithErrors)), num(String(u.errors)), num(String(u.warnings)), num(String(u.infos))]),
  );
  const findings = tableOf(
    ['文件', '工作表', '单元格', '严重程度', '规则名称', '说明'],
    summary.findings.map((f) => [td(f.file), td(f.sheet), td(f.cell), td(SEVERITY_NAMES[f.severity] ?? f.severity, `sev-${f.severity}`), td(f.title), td(f.message)]),
  );
  const figures = charts.map((c) => `<figure id="chart-${c.id}"><figcaption>${e(c.title)}</figcaption>${c.note ? `<p>${e(c.note)}</p>` : ''}${c.svg}</figure>`).join('\n');

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>绩效自评审核报告</title>
<style>${STYLE}</style>
</head>
<body>
<h1>绩效自评审核报告</h1>
<p class="meta">生成时间：${e(meta.generated)} · 绩效自评助手 ${e(meta.version)} · 共 ${summary.totals.files} 个文件、${summary.totals.forms} 张自评表</p>
${cards(summary)}
<h2>图表</h2>
<div class="charts">
${figures}
</div>
<h2>未能读取的文件</h2>
${problemFiles}
<h2>未读全的表</h2>
${halfReadTable}
<h2>各表汇总</h2>
${forms}
<h2>按规则统计</h2>
${rules}
<h2>按单位统计</h2>
${units}
<h2>问题明细</h2>
${summary.findings.length ? findings : '<p class="none">没有发现问题。</p>'}
</body>
</html>
`;
}
