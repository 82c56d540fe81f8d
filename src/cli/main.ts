import { Command, InvalidArgumentError, Option } from 'commander';
import { resolve } from 'node:path';
import { isProfileId, type ProfileOverrides } from '../core';
import { checkFile } from './check-files';
import { collectFiles } from './files';
import { exitStatus, jsonReport, TOOL } from './json-report';
import { scoreFile } from './score-file';
import { textReport } from './text-report';

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
  const program = new Command('jixiao')
    .description('绩效自评助手：检查项目绩效自评表的权重、得分、总分与等级')
    .version(TOOL.version, '-v, --version', '显示版本')
    .helpOption('-h, --help', '显示帮助')
    .showHelpAfterError();

  settings(
    program
      .command('check')
      .description('检查 .xlsx 文件（或文件夹中的全部 .xlsx）中的每一张自评表')
      .argument('<paths...>', '.xlsx 文件或文件夹')
      .option('--json', '输出 JSON 报告'),
  ).action(async (paths: string[], opts) => {
    const results = [];
    for (const file of collectFiles(paths)) results.push(await checkFile(file, overridesOf(opts)));
    process.stdout.write(opts.json ? JSON.stringify(jsonReport(results), null, 2) + '\n' : textReport(results) + '\n');
    process.exitCode = exitStatus(results);
  });

  settings(
    program
      .command('score')
      .description('把按规则计算的执行率、预算执行得分、总分和等级写入工作簿的副本')
      .argument('<file>', '.xlsx 文件')
      .option('-o, --out <file>', '写入的新文件')
      .option('--in-place', '直接修改原文件'),
  ).action(async (file: string, opts) => {
    if (!opts.out && !opts.inPlace) {
      program.error('请用 --out 指定新文件，或用 --in-place 直接修改原文件', { exitCode: 2 });
    }
    const output = opts.inPlace ? file : opts.out;
    if (!opts.inPlace && resolve(output) === resolve(file)) {
      program.error('--out 与原文件相同；如确要修改原文件，请用 --in-place', { exitCode: 2 });
    }
    try {
      const edits = await scoreFile(file, output, overridesOf(opts));
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
  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  await buildProgram().parseAsync(argv);
}
