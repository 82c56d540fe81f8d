/**
 * (d) `jixiao report` over 500 generated workbooks against `jixiao check --json` over the same files, as a
 * ratio measured in the same run: each round runs both, in alternating order, so that both see the same
 * machine state. The report's extra cost is the summary, the workbook it writes and the HTML with its charts.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile } from '../src/cli/check-files';
import { jsonReport } from '../src/cli/json-report';
import { reportFiles } from '../src/cli/report-files';
import { writeWorkbooks } from './generate';
import { median } from './stats';

const COUNT = 500;

/** What `jixiao check --json DIR` does: check every file, then build and serialise the document. */
async function checkAll(files: string[]): Promise<number> {
  const start = process.hrtime.bigint();
  const results = [];
  for (const file of files) results.push(await checkFile(file, {}));
  JSON.stringify(jsonReport(results), null, 2);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** What `jixiao report DIR --out … --html …` does. */
async function reportAll(paths: string[], out: string): Promise<number> {
  const start = process.hrtime.bigint();
  await reportFiles(paths, { out: join(out, '审核汇总.xlsx'), html: join(out, '审核报告.html'), force: true, overrides: {} });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function reportCost(rounds: number): Promise<void> {
  const dir = join(tmpdir(), `jixiao-bench-report-${process.pid}`);
  const out = join(tmpdir(), `jixiao-bench-report-out-${process.pid}`);
  try {
    const files = await writeWorkbooks(dir, COUNT);
    mkdirSync(out, { recursive: true });
    await checkAll(files.slice(0, 20)); // warm-up, of both
    await reportAll(files.slice(0, 20), out);
    const check: number[] = [];
    const report: number[] = [];
    for (let i = 0; i < rounds; i++) {
      if (i % 2 === 0) {
        check.push(await checkAll(files));
        report.push(await reportAll([dir], out));
      } else {
        report.push(await reportAll([dir], out));
        check.push(await checkAll(files));
      }
    }
    const ratios = report.map((r, i) => r / check[i]);
    console.log(`(d) ${COUNT} 个工作簿：jixiao check --json 中位数 ${median(check).toFixed(0)} ms；jixiao report（汇总工作簿 + HTML 报告）中位数 ${median(report).toFixed(0)} ms`);
    console.log(`    report / check = ${median(ratios).toFixed(3)}（每轮：${ratios.map((r) => r.toFixed(3)).join(', ')}），即报告在检查之上多用 ${((median(ratios) - 1) * 100).toFixed(1)}%`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
