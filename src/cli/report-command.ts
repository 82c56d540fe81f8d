/** The `jixiao report` subcommand: its arguments, its progress line and its exit status (that of `check`). */
import type { Command } from 'commander';
import type { ProfileOverrides } from '../core';
import { exitStatus } from './json-report';

/** Progress on a terminal only: one line rewritten in place on stderr, so pipes and logs stay clean. */
function progressLine(stream: NodeJS.WriteStream) {
  if (!stream.isTTY) return { tick: undefined, done: () => {} };
  let last = 0;
  return {
    tick: (done: number, total: number, file: string) => {
      const now = Date.now();
      if (done < total && now - last < 100) return; // a terminal need not be redrawn for every file
      last = now;
      const line = `已检查 ${done}/${total}：${file}`;
      stream.write(`\r\x1b[2K${line.length > (stream.columns || 80) - 1 ? line.slice(0, (stream.columns || 80) - 2) + '…' : line}`);
    },
    done: () => stream.write('\r\x1b[2K'),
  };
}

export function reportCommand(
  program: Command,
  settings: (cmd: Command) => Command,
  overridesOf: (opts: { profile?: string; rounding?: string; reverse?: string }) => ProfileOverrides,
): void {
  settings(
    program
      .command('report')
      .description('检查文件夹或文件中的全部自评表，写出审核汇总工作簿（每表一行、问题明细、统计），并可写出带图表的 HTML 报告')
      .argument('<paths...>', '.xlsx 文件或文件夹')
      .requiredOption('-o, --out <file>', '写入的汇总工作簿（.xlsx）')
      .option('--html <file>', '同时写入的 HTML 报告（离线可看，可打印为 A4）')
      .option('--force', '替换已存在的输出文件'),
  ).action(async (paths: string[], opts) => {
    const progress = progressLine(process.stderr);
    // Loaded here, not at start (it brings ExcelJS): see main.ts.
    const { ReportRefusal, reportFiles } = await import('./report-files');
    try {
      const { results, summary } = await reportFiles(paths, { out: opts.out, html: opts.html, force: opts.force, overrides: overridesOf(opts), progress: progress.tick });
      progress.done();
      const t = summary.totals;
      process.stdout.write(
        `${t.files} 个文件，${t.forms} 张自评表：${t.formsWithErrors} 张有错误，${t.halfRead} 张未读全，${t.unreadable} 个文件未能读取；错误 ${t.errors}，警告 ${t.warnings}，提示 ${t.infos}\n` +
          `已写入汇总工作簿：${opts.out}\n` +
          (opts.html ? `已写入 HTML 报告：${opts.html}\n` : ''),
      );
      process.exitCode = exitStatus(results);
    } catch (e) {
      progress.done();
      process.stderr.write(`${e instanceof ReportRefusal ? '' : '写入失败：'}${(e as Error).message}\n`);
      process.exitCode = 2;
    }
  });
}
