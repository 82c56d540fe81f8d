/**
 * A published self-evaluation form, transcribed cell by cell as the page prints it. The grid keeps the form's
 * own wording and column order: one string per printed cell (`null` where the cell is empty), merged cells as
 * A1 ranges. Nothing is corrected: a wrong total or a rate printed off stays as printed.
 *
 * The builder types every cell that prints as a number (`3.36`, `100.00%`, `1,505,492.00`) as a number with the
 * format that prints it the same way; a leading apostrophe (`'100`) keeps a cell as text.
 */
export type Family =
  /** 项目支出绩效自评表 of the national rule (财预〔2020〕10号), as counties and cities print it. */
  | 'national-project'
  /** 部门预算项目支出绩效自评表 exported by Sichuan's budget system (split target, 权重, 完成值). */
  | 'sichuan-export'
  /** 部门整体支出绩效自评表: the whole department's spending in the national layout. */
  | 'department-whole'
  /** 部门整体支出绩效评价自评表 in a 规划 / 执行 … scheme with 指标分值 and 自评得分. */
  | 'department-whole-scheme'
  /** A city's own project form in the 决策 / 管理 / 绩效 scheme with 分值 and 自评分. */
  | 'decision-scheme'
  /** 中央、市级专项转移支付绩效目标自评表: targets and actuals only, no 分值 or 得分. */
  | 'transfer-target'
  /** 衔接资金 / 扶贫项目 绩效目标自评表: 分值 before the target, 全年实际值, a `其中` row repeating 分值 and 得分. */
  | 'linkage-target'
  /**
   * 预算项目绩效自评表 as Hebei's counties export it: numbered sections 一、基本情况 … 四、年度绩效指标完成情况, the target split
   * over 符号 | value | 单位, and the score as 单项指标得分 × 权重占比(%) = 单项指标折算得分.
   */
  | 'hebei-export'
  /**
   * The finance ministry's common indicator framework (项目决策 / 项目管理 / 项目绩效), each level with its own 分值
   * column and 得分 for the third: no targets, no actuals, no budget block.
   */
  | 'common-framework'
  /** 部门整体支出绩效评价得分表: 部门决策 / 综合管理 / 部门绩效, every level's points in its label, one 得分 column. */
  | 'department-whole-points';

export interface CorpusForm {
  /** `<province code>-<place>-<year>-<short name>`. */
  id: string;
  /** The page the form was transcribed from. */
  source: string;
  /** `null` where neither the form nor its page names one. */
  province: string | null;
  /** City, county or district, as the form or page names it. */
  place: string;
  /** The year the form evaluates (from its own title line); `null` where the form names none. */
  year: number | null;
  family: Family;
  /** Worksheet name: at most 31 characters, none of []:*?/\. */
  sheet: string;
  /**
   * Where the published page's text stops, when it stops inside the form (the page text at hand holds only its first
   * part), or where it starts, when it starts inside one. `null`: the whole form is on the page.
   */
  partial: string | null;
  /** Rows of printed cells from the form's first row; each row starts at column A. */
  rows: (string | null)[][];
  merges: string[];
  /** Judgements the transcription had to make about placement on the grid (the page flattens the table). */
  notes?: string[];
}

/** A workbook of the corpus: a unit's publication, one form per sheet. */
export interface CorpusWorkbook {
  file: string;
  forms: CorpusForm[];
}
