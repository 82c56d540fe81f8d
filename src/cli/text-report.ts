import { ruleTitle } from '../core/rule-titles';
import type { FileResult } from './check-files';

const SEVERITY_WORD = { error: '错误', warning: '警告', info: '提示' } as const;

/** The readable summary: per form its sheet, project, total, grade and findings with their cells. */
export function textReport(results: FileResult[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let forms = 0;
  for (const r of results) {
    lines.push(`${r.file}`);
    if (r.error) {
      lines.push(`  无法检查：${r.error.message}`);
      continue;
    }
    for (const { report } of r.forms) {
      forms++;
      // A printed total that could not be checked (a part of the form unread) is shown as printed, and said so.
      const unchecked = report.total.computed === null && report.total.declared !== null ? '（表中所印，未能核对）' : '';
      const total = `${report.total.declared ?? report.total.computed ?? '—'}${unchecked}`;
      const grade = report.grade.declared ?? report.grade.computed ?? '—';
      lines.push(`  【${report.sheet}!${report.range}】${report.project ?? '（未填项目名称）'}`);
      const suggested = report.total.suggested !== null && String(report.total.suggested) !== total ? `（按规则应为 ${report.total.suggested}）` : '';
      lines.push(`    总分 ${total}${suggested}　等级 ${grade}`);
      if (report.problems.length === 0) lines.push('    未发现问题');
      for (const p of report.problems) {
        if (p.severity === 'error') errors++;
        else if (p.severity === 'warning') warnings++;
        else infos++;
        // The rule named in Chinese beside its id: the id is what REPORT.md and the JSON output publish.
        const title = ruleTitle(p.rule);
        lines.push(`    ${SEVERITY_WORD[p.severity as keyof typeof SEVERITY_WORD]} ${p.cell.padEnd(5)} ${p.message}  [${title ? `${title} ` : ''}${p.rule}]`);
      }
    }
  }
  lines.push('');
  lines.push(`共 ${results.length} 个文件、${forms} 张表：错误 ${errors}，警告 ${warnings}，提示 ${infos}`);
  return lines.join('\n');
}
