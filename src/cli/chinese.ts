/**
 * Commander speaks English ("Usage:", "error: required option …", "display help for command"): its help is
 * re-titled through its own Help hooks, and its error lines are put into Chinese as they are written.
 */
import type { Argument, Command, Help, Option } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '通用选项：',
};

/** Commander's error lines, each with its Chinese. The first match wins. */
const ERRORS: [RegExp, (...m: string[]) => string][] = [
  [/^error: required option '(.+?)' not specified$/, (o) => `错误：缺少必需的选项 ${o}`],
  [/^error: missing required argument '(.+?)'$/, (a) => `错误：缺少参数 <${a}>`],
  [/^error: option '(.+?)' argument missing$/, (o) => `错误：选项 ${o} 后面缺少取值`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/, (o, v, c) => `错误：选项 ${o} 的取值“${v}”无效，可选：${c.split(', ').join('、')}`],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. (.+)$/, (o, v, why) => `错误：选项 ${o} 的取值“${v}”无效：${why}`],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. (.+)$/, (v, a, why) => `错误：参数 <${a}> 的取值“${v}”无效：${why}`],
  [/^error: unknown option '(.+?)'$/, (o) => `错误：没有选项 ${o}`],
  [/^error: unknown command '(.+?)'$/, (c) => `错误：没有命令 ${c}（可用的命令：check、score、template、rollover）`],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, want, got) => `错误：${c ? `命令 ${c} ` : ''}参数过多：应为 ${want} 个，实际 ${got} 个`],
  [/^error: (.+?) cannot be used with (.+)$/, (a, b) => `错误：${a} 不能与 ${b} 同时使用`],
  [/^\(Did you mean (.+)\?\)$/, (s) => `（是否想用 ${s}？）`],
];

/** One of commander's messages in Chinese (lines it does not know stay as they are). */
export function chineseError(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of ERRORS) {
        const m = pattern.exec(line);
        if (m) return say(...m.slice(1).map((x) => x ?? ''));
      }
      return line;
    })
    .join('\n');
}

/** `（可选：元、万元；默认：元）` after a description. */
function extras(choices: readonly string[] | undefined, defaultValue: unknown, defaultText: string | undefined): string {
  const parts: string[] = [];
  if (choices) parts.push(`可选：${choices.join('、')}`);
  if (defaultValue !== undefined && defaultValue !== false) parts.push(`默认：${defaultText ?? String(defaultValue)}`);
  return parts.length ? `（${parts.join('；')}）` : '';
}

/** East Asian wide characters take two columns of a terminal; commander counts one per character. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function terminalWidth(text: string): number {
  let width = 0;
  // eslint-disable-next-line no-control-regex
  for (const ch of text.replace(/\x1b\[\d*(;\d*)*m/g, '')) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The Help hooks that put commander's own words into Chinese. */
export const CHINESE_HELP: Partial<Help> = {
  displayWidth: terminalWidth,
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage(this: Help, cmd: Command): string {
    const parents: string[] = [];
    for (let p = cmd.parent; p; p = p.parent) parents.unshift(p.name());
    const usage = cmd.usage().replace('[options]', '[选项]').replace('[command]', '[命令]');
    return [...parents, cmd.name(), usage].filter(Boolean).join(' ');
  },
  optionDescription: (option: Option) => `${option.description}${extras(option.argChoices, option.defaultValue, option.defaultValueDescription)}`,
  argumentDescription: (argument: Argument) => `${argument.description}${extras(argument.argChoices, argument.defaultValue, argument.defaultValueDescription)}`,
  subcommandTerm: (cmd: Command) => `${cmd.name()}${cmd.registeredArguments.map((a) => ` ${a.required ? '<' : '['}${a.name()}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}`).join('')}`,
};

/** Applies the Chinese help and error lines to a program (its commands inherit them when added after). */
export function speakChinese(program: Command): Command {
  return program
    .configureHelp(CHINESE_HELP)
    .configureOutput({ outputError: (text, write) => write(chineseError(text)) })
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showHelpAfterError('（加 --help 查看用法）');
}
