import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** True when LibreOffice's `soffice` is on this machine. In CI its absence is a failure, not a skip. */
export function hasLibreOffice(): boolean {
  const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI) throw new Error('LibreOffice (soffice) is required in CI: .ci/run installs libreoffice-calc-nogui');
  return found;
}

/** Has LibreOffice open an .xlsx headless and save it again: every formula recalculated by an engine that is not ours. */
export function recalculate(xlsx: Buffer, as: 'xlsx' | 'pdf' = 'xlsx'): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lo-'));
  const input = join(dir, 'form.xlsx');
  writeFileSync(input, xlsx);
  const out = join(dir, 'out');
  // A profile of its own, so that a LibreOffice the user has open is never disturbed.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', as, '--outdir', out, input], { stdio: 'ignore' });
  return readFileSync(join(out, basename(input).replace(/\.xlsx$/, `.${as}`)));
}

/** Many workbooks recalculated by one LibreOffice run (starting it is most of the cost), in the order given. */
export function recalculateAll(workbooks: Uint8Array[]): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lo-'));
  const inputs = workbooks.map((bytes, i) => {
    const input = join(dir, `form-${i}.xlsx`);
    writeFileSync(input, bytes);
    return input;
  });
  const out = join(dir, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, ...inputs], { stdio: 'ignore' });
  return inputs.map((input) => readFileSync(join(out, basename(input))));
}
