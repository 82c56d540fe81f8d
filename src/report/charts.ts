/**
 * The overview's four charts as Apache ECharts options, rendered to SVG strings by ECharts' server-side
 * renderer (no DOM, no canvas): the HTML report inlines them, and the web page draws them the same way.
 * The ECharts module is passed in, so that Node gives its CommonJS build and the page a slim one of its own.
 */
import { SEVERITY_NAMES, type Summary } from './summary';

/** The part of ECharts used here (`echarts.init(null, null, { renderer: 'svg', ssr: true })`). */
export interface EChartsLike {
  init(dom: null, theme: null, opts: { renderer: 'svg'; ssr: true; width: number; height: number; locale?: string }): {
    setOption(option: object): void;
    renderToSVGString(): string;
    dispose(): void;
  };
}

export interface ChartSpec {
  id: 'grades' | 'totals' | 'rules' | 'units';
  title: string;
  /** What the chart leaves out or how to read it, in a sentence ('' when nothing). */
  note: string;
  width: number;
  height: number;
  option: object;
}

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const COLORS = { error: '#c50f1f', warning: '#bc4b09', info: '#0f6cbd', declared: '#8a8886', suggested: '#0f6cbd', computed: '#c50f1f' };
const WIDTH = 720;
/** Bars beyond this many are left to the tables (the chart names how many). */
const MAX_BARS = 20;

const base = { animation: false, textStyle: { fontFamily: FONT }, grid: { containLabel: true, left: 16, right: 24, top: 48, bottom: 16 } };

function barsHeight(n: number): number {
  return 110 + 26 * Math.max(n, 1);
}

export function chartSpecs(summary: Summary): ChartSpec[] {
  const specs: ChartSpec[] = [];

  const grades = summary.grades;
  specs.push({
    id: 'grades',
    title: '等级分布',
    note: '“按规则等级”按重新计算的总分（预算执行得分按规则）定档；“（无）”为未评分或未填等级的表。',
    width: WIDTH,
    height: 320,
    option: {
      ...base,
      color: [COLORS.declared, COLORS.suggested],
      legend: { top: 8, data: ['表中等级', '按规则等级'] },
      xAxis: { type: 'category', data: grades.map((g) => g.grade) },
      yAxis: { type: 'value', name: '表数', minInterval: 1 },
      series: [
        { name: '表中等级', type: 'bar', data: grades.map((g) => g.declared), label: { show: true, position: 'top' } },
        { name: '按规则等级', type: 'bar', data: grades.map((g) => g.suggested), label: { show: true, position: 'top' } },
      ],
    },
  });

  const printed = summary.forms.filter((f) => f.totalDeclared !== null);
  const pairs = (key: 'totalComputed' | 'totalSuggested') => printed.filter((f) => f[key] !== null).map((f) => ({ value: [f.totalDeclared, f[key]], name: f.project ?? f.sheet }));
  const all = printed.flatMap((f) => [f.totalDeclared!, f.totalComputed ?? f.totalDeclared!, f.totalSuggested ?? f.totalDeclared!]);
  const low = Math.max(0, Math.floor((Math.min(100, ...all) - 5) / 10) * 10);
  specs.push({
    id: 'totals',
    title: '表中总分与重算总分',
    note: `每点一张表（共 ${printed.length} 张印有总分）；落在对角线上即一致，偏离越远差得越多。${summary.forms.length - printed.length ? `另有 ${summary.forms.length - printed.length} 张未印总分，未画出。` : ''}`,
    width: WIDTH,
    height: 420,
    option: {
      ...base,
      grid: { ...base.grid, bottom: 40 },
      color: [COLORS.computed, COLORS.suggested, COLORS.declared],
      legend: { top: 8, data: ['各项得分之和', '按规则总分'] },
      xAxis: { type: 'value', name: '表中总分', nameLocation: 'middle', nameGap: 28, min: low, max: 100 },
      yAxis: { type: 'value', name: '重算总分', min: low, max: 100 },
      series: [
        // Past a few hundred points, one path per series: ten times faster to draw and a third of the SVG.
        { name: '各项得分之和', type: 'scatter', symbolSize: 9, large: true, largeThreshold: 300, data: pairs('totalComputed') },
        { name: '按规则总分', type: 'scatter', symbol: 'diamond', symbolSize: 9, large: true, largeThreshold: 300, data: pairs('totalSuggested') },
        { name: '一致', type: 'line', data: [[low, low], [100, 100]], symbol: 'none', lineStyle: { type: 'dashed', width: 1 }, silent: true },
      ],
    },
  });

  const rules = summary.rules.slice(0, MAX_BARS);
  specs.push({
    id: 'rules',
    title: '各规则的问题数',
    note: summary.rules.length > MAX_BARS ? `只画出最多的 ${MAX_BARS} 条规则，其余 ${summary.rules.length - MAX_BARS} 条见下表。` : '',
    width: WIDTH,
    height: barsHeight(rules.length),
    option: {
      ...base,
      grid: { ...base.grid, bottom: 40 },
      legend: { top: 8, data: ['错误', '警告', '提示'].filter((n) => rules.some((r) => SEVERITY_NAMES[r.severity] === n)) },
      xAxis: { type: 'value', name: '问题数', nameLocation: 'middle', nameGap: 26, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rules.map((r) => r.title) },
      series: (['error', 'warning', 'info'] as const).map((severity) => ({
        name: SEVERITY_NAMES[severity],
        type: 'bar',
        stack: 'all',
        color: COLORS[severity],
        data: rules.map((r) => (r.severity === severity ? r.findings : 0)),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
      })),
    },
  });

  const units = summary.units.slice(0, MAX_BARS);
  specs.push({
    id: 'units',
    title: '各单位的问题数',
    note: summary.units.length > MAX_BARS ? `只画出问题最多的 ${MAX_BARS} 个单位，其余 ${summary.units.length - MAX_BARS} 个见下表。` : '',
    width: WIDTH,
    height: barsHeight(units.length),
    option: {
      ...base,
      grid: { ...base.grid, bottom: 40 },
      legend: { top: 8, data: ['错误', '警告', '提示'] },
      xAxis: { type: 'value', name: '问题数', nameLocation: 'middle', nameGap: 26, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: units.map((u) => `${u.unit}（${u.forms} 张表）`) },
      series: (['errors', 'warnings', 'infos'] as const).map((key, i) => ({
        name: ['错误', '警告', '提示'][i],
        type: 'bar',
        stack: 'all',
        color: [COLORS.error, COLORS.warning, COLORS.info][i],
        data: units.map((u) => u[key]),
      })),
    },
  });
  return specs;
}

export interface RenderedChart {
  id: ChartSpec['id'];
  title: string;
  note: string;
  svg: string;
}

/** Each chart as an SVG document string. */
export function renderCharts(echarts: EChartsLike, summary: Summary): RenderedChart[] {
  return chartSpecs(summary).map((spec) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
    try {
      chart.setOption(spec.option);
      return { id: spec.id, title: spec.title, note: spec.note, svg: chart.renderToSVGString() };
    } finally {
      chart.dispose(); // frees the chart's timers, which would keep a Node process alive
    }
  });
}
