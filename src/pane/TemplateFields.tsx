/**
 * A standard template's own options — project, amount unit, blank rows per group — as the CLI's `template`
 * offers them; the pane's 插入模板 and the page's 新建模板工作簿 show the same fields.
 */
import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { Strings } from './strings';
import { rowsOk } from './template-options';

export interface StandardOptions {
  project: string;
  unit: '元' | '万元';
  /** As typed: empty for the template's default. */
  rows: string;
}

export const NO_OPTIONS: StandardOptions = { project: '', unit: '元', rows: '' };

/** The rows typed, or undefined for the default; NaN when what was typed is not a valid count. */
export function rowsOf(options: StandardOptions): number | undefined {
  if (options.rows.trim() === '') return undefined;
  const n = Number(options.rows);
  return rowsOk(n) ? n : NaN;
}

export function StandardFields({ value, onChange, strings }: { value: StandardOptions; onChange: (value: StandardOptions) => void; strings: Strings }) {
  const rowsValid = !Number.isNaN(rowsOf(value));
  return (
    <>
      <Field label={strings.project}>
        <Input value={value.project} onChange={(_, d) => onChange({ ...value, project: d.value })} />
      </Field>
      <RadioGroup layout="horizontal" aria-label={strings.unitLabel} value={value.unit} onChange={(_, d) => onChange({ ...value, unit: d.value as '元' | '万元' })}>
        <Radio value="元" label={`${strings.unitLabel}：元`} />
        <Radio value="万元" label="万元" />
      </RadioGroup>
      <Field label={strings.rowsLabel} hint={strings.rowsHint} validationMessage={rowsValid ? undefined : strings.rowsInvalid}>
        <Input type="number" value={value.rows} onChange={(_, d) => onChange({ ...value, rows: d.value })} />
      </Field>
    </>
  );
}
