/**
 * `npm run bench`: (a) the engine on one sheet of 5,000 indicator rows; (b) `jixiao check` over 100
 * generated workbooks beside ExcelJS alone loading the same files, as a ratio measured in the same run;
 * (c) the pane's size and start-up; (d) `jixiao report` against `jixiao check` over 500 workbooks.
 */
import ExcelJS from 'exceljs';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { analyzeSheet } from '../src/core';
import { checkFile } from '../src/cli/check-files';
import { paneStartup } from './pane-startup';
import { reportCost } from './report-cost';
import { bigSheet, writeWorkbooks } from './generate';
import { median } from './stats';

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/** Loads the file with ExcelJS alone and nothing else: the baseline. */
async function loadOnly(file: string): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
}

/** What `jixiao check` does with a file: read, load, find, read and check every form, build the report. */
async function check(file: string): Promise<void> {
  const result = await checkFile(file, {});
  if (result.error) throw new Error(`${file}: ${result.error.message}`);
}

/**
 * One round over all files, the two measured file by file in turn, so that both see the same machine
 * state (this VM's speed drifts by tens of percent between seconds; interleaving cancels most of it).
 */
async function round(files: string[]): Promise<{ load: number; check: number }> {
  let load = 0n;
  let checked = 0n;
  for (const file of files) {
    let start = process.hrtime.bigint();
    await loadOnly(file);
    load += process.hrtime.bigint() - start;
    start = process.hrtime.bigint();
    await check(file);
    checked += process.hrtime.bigint() - start;
  }
  return { load: Number(load) / 1e6, check: Number(checked) / 1e6 };
}

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
  console.log(`机器：${cpus()[0]?.model ?? '未知 CPU'}，${cpus().length} 核，${Math.round(totalmem() / 2 ** 30)} GiB，Node ${process.version}`);

  const sheet = bigSheet(5000);
  const found = analyzeSheet(sheet);
  if (found.length !== 1 || found[0].form.indicators.length !== 5000) throw new Error('5,000-row sheet not read whole');
  const sheetTimes: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const start = process.hrtime.bigint();
    analyzeSheet(sheet);
    if (i >= 2) sheetTimes.push(ms(start)); // the first runs warm the JIT up
  }
  console.log(`(a) 检查 5,000 行指标的工作表：中位数 ${median(sheetTimes).toFixed(1)} ms（${rounds} 次：${sheetTimes.map((t) => t.toFixed(1)).join(', ')}）`);

  const dir = join(tmpdir(), `jixiao-bench-${process.pid}`);
  try {
    const files = await writeWorkbooks(dir, 100);
    await round(files.slice(0, 20)); // warm-up
    const load: number[] = [];
    const check: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const r = await round(files);
      load.push(r.load);
      check.push(r.check);
    }
    const ratios = load.map((l, i) => check[i] / l);
    console.log(`(b) 100 个工作簿：ExcelJS 仅加载 中位数 ${median(load).toFixed(0)} ms；jixiao check 中位数 ${median(check).toFixed(0)} ms`);
    console.log(`    check / 仅加载 = ${median(ratios).toFixed(3)}（每轮：${ratios.map((r) => r.toFixed(3)).join(', ')}），即检查在加载之上多用 ${((median(ratios) - 1) * 100).toFixed(1)}%`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await paneStartup(rounds);
  await reportCost(Number(process.env.BENCH_REPORT_ROUNDS ?? 5));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
