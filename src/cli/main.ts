import { Command, InvalidArgumentError, Option } from 'commander';
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { speakChinese } from './chinese';
import { isProfileId, type ProfileOverrides } from '../core';
import { collectFiles, type Skipped } from './files';
import { exitStatus, jsonReport, TOOL } from './json-report';
import { buildTemplate } from '../core/templates/build';
import { textReport } from './text-report';
import { reportCommand } from './report-command';

// What the commands do loads ExcelJS, half a second of a start: loaded when a command runs, so that help and
// usage errors answer at once.
const checkFiles = () => import('./check-files');
const scoreFiles = () => import('./score-file');
const templateFiles = () => import('./template-files');

function profileOption(value: string) {
  if (!isProfileId(value)) throw new InvalidArgumentError('可选 shanghai-2019、minhang-2020、mof-2020');
  return value;
}

function overridesOf(opts: { profile?: string; rounding?: string; reverse?: string }): ProfileOverrides {
  return {
    profile: opts.profile as ProfileOverrides['profile'],
    rounding: opts.rounding as ProfileOverrides['rounding'],
    reverseRule: opts.reverse as ProfileOverrides['reverseRule'],
  };
}

const settings = (cmd: Command) =>
  cmd
    .option('--profile <name>', '按指定的表式检查（shanghai-2019、minhang-2020、mof-2020），默认按表头自动识别', profileOption)
    .addOption(new Option('--rounding <rule>', '预算执行得分的舍入方式').choices(['half-up', 'truncate']))
    .addOption(new Option('--reverse <rule>', '反向指标超出目标时的扣分方式：ratio（目标/实际×分值）或 linear（2 倍目标时为 0）').choices(['ratio', 'linear']));

export function buildProgram(): Command {
  const program = speakChinese(
    new Command('jixiao')
      .description('绩效自评助手：检查项目绩效自评表的权重、得分、总分与等级')
      .version(TOOL.version, '-v, --version', '显示版本')
      .helpOption('-h, --help', '显示帮助'),
  );

  settings(
    program
      .command('check')
      .description('检查 .xlsx 文件（或文件夹中的全部 .xlsx）中的每一张自评表')
      .argument('<paths...>', '.xlsx 文件或文件夹')
      .option('--json', '输出 JSON 报告'),
  ).action(async (paths: string[], opts) => {
    const files: string[] = [];
    for (const path of paths) {
      const skipped: Skipped[] = [];
      const found = collectFiles([path], skipped);
      if (found.length === 0 && isFolder(path)) process.stderr.write(noWorkbookIn(path, skipped));
      else if (skipped.length) process.stderr.write(skippedLines(skipped));
      files.push(...found);
    }
    if (files.length === 0) {
      process.exitCode = 2;
      return;
    }
    // Progress only where a person watches a terminal, and never mixed into the JSON on stdout.
    const progress = !opts.json && process.stderr.isTTY && files.length > 1;
    const { checkFile } = await checkFiles();
    const results = [];
    for (const [i, file] of files.entries()) {
      if (progress) process.stderr.write(`\r\x1b[K${progressLine(i + 1, files.length, file)}`);
      results.push(await checkFile(file, overridesOf(opts)));
    }
    if (progress) process.stderr.write('\r\x1b[K');
    process.stdout.write(opts.json ? JSON.stringify(jsonReport(results), null, 2) + '\n' : textReport(results) + '\n');
    process.exitCode = exitStatus(results);
  });

  settings(
    program
      .command('score')
      .description('把按规则计算的执行率、预算执行得分、总分和等级写入工作簿的副本')
      .argument('<file>', '.xlsx 文件')
      .option('-o, --out <file>', '写入的新文件')
      .option('--in-place', '直接修改原文件')
      .option('--force', '--out 指定的文件已存在时覆盖它'),
  ).action(async (file: string, opts) => {
    if (!opts.out && !opts.inPlace) {
      program.error('请用 --out 指定新文件，或用 --in-place 直接修改原文件', { exitCode: 2 });
    }
    const output = opts.inPlace ? file : opts.out;
    if (!opts.inPlace && resolve(output) === resolve(file)) {
      program.error('--out 与原文件相同；如确要修改原文件，请用 --in-place', { exitCode: 2 });
    }
    try {
      const { scoreFile } = await scoreFiles();
      const edits = await scoreFile(file, output, overridesOf(opts), Boolean(opts.force));
      for (const e of edits) {
        const before = e.current.formula ? `=${e.current.formula}` : e.current.value ?? '（空）';
        process.stdout.write(`${e.sheet}!${e.cell}  ${before} → ${e.next}  ${e.reason}\n`);
      }
      process.stdout.write(edits.length ? `已写入 ${edits.length} 个单元格：${output}\n` : `无需修改，已复制到 ${output}\n`);
    } catch (e) {
      process.stderr.write(`${file}：${(e as Error).message}\n`);
      process.exitCode = 2;
    }
  });
  program
    .command('template')
    .description('生成标准模板（新工作表；文件已存在时加为其中的新工作表，不改动其他工作表）')
    .requiredOption('--kind <kind>', '表式：shanghai-2019、minhang-2020、mof-2020', profileOption)
    .requiredOption('--year <year>', '项目年度，如 2026', yearOption)
    .option('--project <name>', '项目名称')
    .addOption(new Option('--unit <unit>', '项目资金的单位（表 B）').choices(['元', '万元']).default('元'))
    .option('--rows <n>', '每个一级指标（表 A）或二级指标（表 B）预留的空行数', rowsOption)
    .requiredOption('-o, --out <file>', '写入的 .xlsx 文件')
    .action(async (opts) => {
      await report(async () => {
        const design = buildTemplate(opts.kind, { year: opts.year, project: opts.project, unit: opts.unit, rowsPerGroup: opts.rows });
        const { addDesignTo } = await templateFiles();
        const name = await addDesignTo(opts.out, design);
        return `已生成模板“${name}”：${opts.out}`;
      });
    });

  program
    .command('rollover')
    .description('由已填写的自评表生成下一年度的表（保留项目、指标、目标和权重，清空实际值、得分、说明和执行数）')
    .argument('<file>', '.xlsx 文件')
    .option('--sheet <name>', '已填写的表所在的工作表（工作簿中只有一张自评表时可省略）')
    .option('--form <n>', '同一工作表中有多张表时用第几张（1、2……）或其区域（如 A1:I22）')
    .option('--year <year>', '新表的年度（默认为原表年度的下一年）', yearOption)
    .option('-o, --out <file>', '写入的 .xlsx 文件（已存在时加为其中的新工作表）')
    .option('--in-place', '加为原文件中的新工作表（只添加新表，原文件的其他内容原样保留）')
    .action(async (file: string, opts) => {
      // As with score: the source file is rewritten only when asked for.
      if (!opts.out && !opts.inPlace) program.error('请用 --out 指定新文件，或用 --in-place 加到原文件中', { exitCode: 2 });
      await report(async () => {
        const { addDesignTo, rolloverFrom } = await templateFiles();
        const design = await rolloverFrom(file, opts.sheet, opts.year, opts.form);
        const out = opts.inPlace ? file : opts.out;
        const name = await addDesignTo(out, design);
        return `已生成下一年度的表“${name}”：${out}`;
      });
    });

  reportCommand(program, settings, overridesOf);
  return program;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `正在检查 3 / 120：文件名.xlsx`, the line a terminal shows while a folder is checked. */
export function progressLine(done: number, total: number, file: string): string {
  return `正在检查 ${done} / ${total}：${basename(file)}`;
}

function skippedLines(skipped: Skipped[]): string {
  return skipped.map((s) => `跳过 ${s.path}：${s.why}\n`).join('');
}

/** What a folder holding no .xlsx file held instead. */
function noWorkbookIn(folder: string, skipped: Skipped[]): string {
  return `文件夹“${folder}”中没有 .xlsx 文件，没有可检查的工作簿。${skipped.length ? '\n' + skippedLines(skipped) : '\n'}`;
}

/** Runs a command's work, printing its result, or its error as one line with exit status 2. */
async function report(work: () => Promise<string>) {
  try {
    process.stdout.write(`${await work()}\n`);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

function yearOption(value: string) {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new InvalidArgumentError('应为 2000 至 2100 之间的年份');
  return year;
}

function rowsOption(value: string) {
  const rows = Number(value);
  if (!Number.isInteger(rows) || rows < 1 || rows > 200) throw new InvalidArgumentError('应为 1 至 200 之间的整数');
  return rows;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  await buildProgram().parseAsync(argv);
}
