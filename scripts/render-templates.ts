/**
 * `npm run docs:templates`: prints each standard template to PDF with LibreOffice and turns its first page
 * into a PNG under docs/templates/, to show in the README what the templates look like. Needs LibreOffice,
 * pdftoppm (poppler-utils) and a CJK font (fonts-noto-cjk) on the machine.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProfileId } from '../src/core';
import { buildTemplate } from '../src/core/templates/build';
import { TEMPLATE_TITLES } from '../src/core/templates/catalogue';
import { writeDesign } from '../src/xlsx';

const OUT = join(__dirname, '..', 'docs', 'templates');

async function main() {
  for (const kind of Object.keys(TEMPLATE_TITLES) as ProfileId[]) {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-render-'));
    const workbook = new ExcelJS.Workbook();
    writeDesign(workbook, buildTemplate(kind, { year: 2026, project: '（项目名称）' }));
    const xlsx = join(dir, `${kind}.xlsx`);
    writeFileSync(xlsx, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', join(dir, `${kind}.pdf`), join(dir, kind)]);
    renameSync(join(dir, `${kind}.png`), join(OUT, `${kind}.png`));
    console.log(`docs/templates/${kind}.png`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
