import type { FileResult } from './check-files';

export const TOOL = { name: 'jixiao', version: '0.1.0' };

/** The `jixiao check --json` document of REPORT.md. */
export function jsonReport(results: FileResult[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let forms = 0;
  const files = results.map((r) => {
    forms += r.forms.length;
    for (const f of r.forms) {
      for (const p of f.report.problems) {
        if (p.severity === 'error') errors++;
        else if (p.severity === 'warning') warnings++;
        else infos++;
      }
    }
    return { file: r.file, error: r.error, forms: r.forms.map((f) => f.report) };
  });
  return { tool: TOOL, files, summary: { files: results.length, forms, errors, warnings, infos } };
}

/**
 * REPORT.md exit status: 2 when a file could not be checked (unreadable, or holding no form: REPORT.md lists
 * `no-form` among the errors of a file), else 1 with any error finding, else 0.
 */
export function exitStatus(results: FileResult[]): number {
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.forms.some((f) => f.report.problems.some((p) => p.severity === 'error'))) ? 1 : 0;
}
