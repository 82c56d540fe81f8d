import type { Rounding } from './decimal';

/**
 * Profiles hold everything that differs between regions and years: standard groups and their weights, grade
 * bands and words, rounding, and how a reverse indicator loses points. A new region is a new entry here.
 */
export type ProfileId = 'shanghai-2019' | 'minhang-2020' | 'mof-2020';
export type FormFamily = ProfileId;

export interface GradeBand {
  /** Lower bound, included. The bands of a profile are ordered from the highest. */
  min: number;
  grade: string;
}

/** Form A budget rule for the 预算执行率 indicator: rate bands and the share of the weight each earns. */
export interface RateScoreBand {
  minRate: number;
  /** Share of the weight at the band's lower bound and just below its upper bound. */
  from: number;
  to: number;
}

export type ReverseRule = 'ratio' | 'linear';

/**
 * A scheme of first-level groups that forms of one family follow in some regions, as data: its groups (with
 * the other words forms print for them) and their standard weights where there is one standard (null: the
 * weights vary by region and year, so only a missing group is reported).
 */
export interface Scheme {
  id: string;
  title: string;
  groups: { name: string; aliases: string[]; weight: number | null }[];
}

export const SCHEMES: Scheme[] = [
  {
    id: 'decision-process-output-outcome',
    title: '决策 / 过程（管理） / 产出 / 效益',
    groups: [
      { name: '决策', aliases: ['决策指标', '项目决策'], weight: null },
      { name: '过程', aliases: ['过程指标', '管理', '管理指标', '项目管理', '过程(管理)', '项目过程'], weight: null },
      { name: '产出', aliases: ['产出指标', '项目产出'], weight: null },
      { name: '效益', aliases: ['效益指标', '项目效益'], weight: null },
    ],
  },
  {
    // A Hubei city's own project form (财政预算支出项目绩效目标自评表): 项目决策 and 项目管理 scored by rules, 项目绩效
    // by targets, the points of each in its label (`项目管理 13分`).
    id: 'decision-management-performance',
    title: '项目决策 / 项目管理 / 项目绩效',
    groups: [
      { name: '项目决策', aliases: [], weight: null },
      { name: '项目管理', aliases: [], weight: null },
      { name: '项目绩效', aliases: [], weight: null },
    ],
  },
  {
    // The 整体支出绩效自评表 of Jiangxi's units (分解目标 | 自评权重 …): 管理指标, 产出指标, 效果指标, 满意度指标.
    id: 'management-output-effect',
    title: '管理指标 / 产出指标 / 效果指标 / 满意度指标',
    groups: [
      { name: '管理指标', aliases: [], weight: null },
      { name: '产出指标', aliases: [], weight: null },
      { name: '效果指标', aliases: [], weight: null },
      { name: '满意度指标', aliases: [], weight: null },
    ],
  },
  {
    // The 部门整体支出绩效评价自评表 some Anhui counties print (序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 |
    // 指标解释 | 指标说明及评分标准 | 自评得分): scored against rules, so it has no target or actual column by design.
    // Only the groups a published form shows are listed; a group it does not show is never reported missing.
    id: 'plan-execute',
    title: '规划 / 执行 …',
    groups: [
      { name: '规划', aliases: ['规划指标'], weight: null },
      { name: '执行', aliases: ['执行指标'], weight: null },
    ],
  },
];

/** The scheme a form's first-level groups follow: one whose first group it has and most of whose groups it names. */
export function schemeOf(groupNames: string[]): Scheme | null {
  for (const scheme of SCHEMES) {
    const named = scheme.groups.filter((g) => groupNames.some((n) => n === g.name || g.aliases.includes(n)));
    if (named.includes(scheme.groups[0]) && named.length * 2 > scheme.groups.length) return scheme;
  }
  return null;
}

export interface Profile {
  id: ProfileId;
  /** Where the form follows another scheme of first-level groups than the profile's standard one. */
  scheme?: Scheme;
  title: string;
  /** Standard first-level groups with their standard weights. */
  groups: { name: string; weight: number }[];
  /** Form B: the 分值 of the budget execution line (counts toward the 100). */
  budgetWeight: number | null;
  bands: GradeBand[];
  rounding: Rounding;
  reverseRule: ReverseRule;
  /** Form A: the 预算执行率 indicator's rule; null where the budget score is the form-B line. */
  rateScoreBands: RateScoreBand[] | null;
}

const SHANGHAI_BANDS: GradeBand[] = [
  { min: 90, grade: '优秀' },
  { min: 75, grade: '良好' },
  { min: 60, grade: '合格' },
  { min: 0, grade: '不合格' },
];

// ≥90% → full 8; 80–90% → 6–8; 70–80% → 4–6; below 70% → 0 (the Minhang 评分规则 text).
const RATE_SCORE_BANDS: RateScoreBand[] = [
  { minRate: 0.9, from: 1, to: 1 },
  { minRate: 0.8, from: 0.75, to: 1 },
  { minRate: 0.7, from: 0.5, to: 0.75 },
  { minRate: 0, from: 0, to: 0 },
];

const SHANGHAI_GROUPS = [
  { name: '投入与管理', weight: 36 },
  { name: '产出目标', weight: 34 },
  { name: '效果目标', weight: 15 },
  { name: '影响力目标', weight: 15 },
];

const SHANGHAI: Profile = {
  id: 'shanghai-2019',
  title: '项目绩效自评价（上海 2019）',
  groups: SHANGHAI_GROUPS,
  budgetWeight: null,
  bands: SHANGHAI_BANDS,
  rounding: 'half-up',
  reverseRule: 'ratio',
  rateScoreBands: RATE_SCORE_BANDS,
};

export const PROFILES: Record<ProfileId, Profile> = {
  'shanghai-2019': SHANGHAI,
  // The Minhang form adds a 评分规则 column; its groups, bands and rules are Shanghai's.
  'minhang-2020': { ...SHANGHAI, id: 'minhang-2020', title: '财政项目绩效自评表（闵行 2020）' },
  'mof-2020': {
    id: 'mof-2020',
    title: '财政项目支出绩效自评表（财政部 2020）',
    groups: [
      { name: '产出指标', weight: 50 },
      { name: '效益指标', weight: 30 },
      { name: '满意度指标', weight: 10 },
    ],
    budgetWeight: 10,
    bands: [
      { min: 90, grade: '优' },
      { min: 80, grade: '良' },
      { min: 60, grade: '中' },
      { min: 0, grade: '差' },
    ],
    rounding: 'half-up',
    reverseRule: 'ratio',
    rateScoreBands: null,
  },
};

/** Words that name the same band: the header of a form may say 优 where its 说明 says 优秀. */
export const GRADE_SYNONYMS: string[][] = [
  ['优', '优秀'],
  ['良', '良好'],
  ['中', '中等'],
  ['差', '较差'],
  ['合格', '及格'],
];

export function isProfileId(id: string): id is ProfileId {
  return Object.prototype.hasOwnProperty.call(PROFILES, id);
}

/** User settings that override a profile, chosen in the pane or on the command line. */
export interface ProfileOverrides {
  profile?: ProfileId;
  rounding?: Rounding;
  reverseRule?: ReverseRule;
}

export function resolveProfile(family: FormFamily, overrides: ProfileOverrides = {}, scheme: Scheme | null = null): Profile {
  const base = PROFILES[overrides.profile ?? family];
  // Every scheme here is another region's first-level groups under the national rule (DOMAIN.md: forms published
  // outside Shanghai follow the same national rules in other words), so its grades are the national bands, even
  // where its layout (a 评分规则 column, no targets) resembles Shanghai's. A profile the user chose keeps its own.
  const bands = scheme && !overrides.profile ? PROFILES['mof-2020'].bands : base.bands;
  return {
    ...base,
    ...(scheme ? { scheme, groups: [], bands } : {}),
    rounding: overrides.rounding ?? base.rounding,
    reverseRule: overrides.reverseRule ?? base.reverseRule,
  };
}
