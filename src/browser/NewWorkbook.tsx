/**
 * 新建模板工作簿 on the start page: a planner picks a standard form and its options — the CLI `template`'s
 * 表式, 年度, 项目名称, 金额单位 and 行数 — and gets a new .xlsx holding that template, without opening a file.
 */
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ProfileId } from '../core';
import type { TemplateOptions } from '../core/templates/build';
import { TEMPLATE_TITLES } from '../core/templates/catalogue';
import type { Strings } from '../pane/strings';
import { NO_OPTIONS, rowsOf, StandardFields, type StandardOptions } from '../pane/TemplateFields';
import { yearOk } from '../pane/template-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function NewWorkbook({ strings, disabled, onCreate }: { strings: Strings; disabled: boolean; onCreate: (kind: ProfileId, options: TemplateOptions) => Promise<void> }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<ProfileId>('mof-2020');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [options, setOptions] = useState<StandardOptions>(NO_OPTIONS);
  if (!open) {
    return (
      <Button style={{ alignSelf: 'flex-start' }} disabled={disabled} onClick={() => setOpen(true)}>
        {strings.web.newTemplate}
      </Button>
    );
  }
  const yearValid = yearOk(Number(year));
  const rows = rowsOf(options);
  return (
    <section className={styles.form} aria-label={strings.web.newTemplate}>
      <RadioGroup aria-label={strings.templateKind} value={kind} onChange={(_, d) => setKind(d.value as ProfileId)}>
        {(Object.entries(TEMPLATE_TITLES) as [ProfileId, string][]).map(([id, title]) => (
          <Radio key={id} value={id} label={title} />
        ))}
      </RadioGroup>
      <Field label={strings.year} validationMessage={yearValid ? undefined : strings.yearInvalid}>
        <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <StandardFields value={options} onChange={setOptions} strings={strings} />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={disabled || !yearValid || Number.isNaN(rows)}
          onClick={() => void onCreate(kind, { year: Number(year), project: options.project.trim() || undefined, unit: options.unit, rowsPerGroup: rows })}
        >
          {strings.web.newTemplateCreate}
        </Button>
        <Button disabled={disabled} onClick={() => setOpen(false)}>
          {strings.web.cancel}
        </Button>
      </div>
    </section>
  );
}
