/**
 * `jixiao report`: checks every file as `check` does, then writes the summary workbook and, if asked, the
 * HTML report. An existing file is replaced only with `force`; each output goes through a temporary file,
 * so a failure leaves nothing half-written.
 */
import { createWriteStream, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { ProfileOverrides } from '../core';
import { renderCharts, type EChartsLike } from '../report/charts';
import { htmlReport } from '../report/html';
import { summarize, type Summary } from '../report/summary';
import { writeSummaryWorkbook } from '../report/workbook';
import { checkFile, type FileResult } from './check-files';
import { collectFiles } from './files';
import { jsonReport, TOOL } from './json-report';

export interface ReportOptions {
  out: string;
  html?: string;
  force?: boolean;
  overrides: ProfileOverrides;
  /** Told after each file is checked. */
  progress?: (done: number, total: number, file: string) => void;
}

export class ReportRefusal extends Error {}

/** What `report` would refuse before it reads anything: a file in the way, or an output among the inputs. */
function refusal(options: ReportOptions, paths: string[]): string | null {
  if (!/\.xlsx$/i.test(options.out)) return `汇总工作簿应为 .xlsx 文件：${options.out}`;
  if (options.html && !/\.html?$/i.test(options.html)) return `HTML 报告应为 .html 文件：${options.html}`;
  const outputs = [options.out, options.html].filter((f): f is string => Boolean(f));
  if (outputs.length === 2 && resolve(outputs[0]) === resolve(outputs[1])) return '--out 与 --html 不能是同一个文件';
  const named = new Set(paths.map((f) => resolve(f)));
  for (const out of outputs) {
    if (named.has(resolve(out))) return `${out} 是要检查的文件之一，不能写入汇总`;
    if (!options.force && existsSync(out)) return `${out} 已存在；如要替换，请加 --force`;
  }
  return null;
}

/** A link from the summary's folder to a checked file (forward slashes, which Excel, WPS and LibreOffice all follow). */
function linkFrom(out: string) {
  const from = dirname(resolve(out));
  return (file: string) => relative(from, resolve(file)).split(sep).join('/');
}

/** Writes `file` through a temporary file beside it, renamed into place: a failure leaves `file` as it was. */
async function writeAtomically(file: string, write: (temp: string) => Promise<void> | void): Promise<void> {
  const temp = `${file}.jixiao-${process.pid}.tmp`;
  try {
    await write(temp);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

const stamp = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

export async function reportFiles(paths: string[], options: ReportOptions): Promise<{ results: FileResult[]; summary: Summary }> {
  const refused = refusal(options, paths);
  if (refused) throw new ReportRefusal(refused);
  // A summary saved earlier into the folder being reported is an output, not a form to check.
  const outputs = new Set([options.out, options.html].filter((f): f is string => Boolean(f)).map((f) => resolve(f)));
  const files = collectFiles(paths).filter((f) => !outputs.has(resolve(f)));

  const results: FileResult[] = [];
  for (const file of files) {
    results.push(await checkFile(file, options.overrides));
    options.progress?.(results.length, files.length, file);
  }
  const summary = summarize(jsonReport(results).files);
  await writeAtomically(options.out, (temp) => writeSummaryWorkbook(summary, createWriteStream(temp), { linkOf: linkFrom(options.out) }));
  if (options.html) {
    // Loaded only here: every other command, `check` included, starts without ECharts.
    const echarts = (await import('echarts')) as unknown as EChartsLike;
    const charts = renderCharts(echarts, summary);
    await writeAtomically(options.html, (temp) => writeFileSync(temp, htmlReport(summary, charts, { generated: stamp(new Date()), version: TOOL.version })));
  }
  return { results, summary };
}
