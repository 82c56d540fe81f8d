/**
 * 插入模板: a standard template (year, project, amount unit and blank rows per group, as the CLI offers) or
 * next year's form from this sheet (its year + 1 unless another is typed), always as a new sheet.
 */
import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { TEMPLATE_TITLES } from '../core/templates/catalogue';
import type { PanelProps } from './CheckPanel';
import type { TemplateChoice } from './session';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

const yearOk = (n: number) => Number.isInteger(n) && n >= 2000 && n <= 2100;
const rowsOk = (n: number) => Number.isInteger(n) && n >= 1 && n <= 200;

export function TemplatePanel({ session, strings, act, busy }: PanelProps) {
  const styles = useStyles();
  const [choice, setChoice] = useState<TemplateChoice>('mof-2020');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [nextYear, setNextYear] = useState(''); // empty: the form's own year + 1
  const [project, setProject] = useState('');
  const [unit, setUnit] = useState<'元' | '万元'>('元');
  const [rows, setRows] = useState('');
  const rolling = choice === 'next-year';
  const yearText = rolling ? nextYear : year;
  const yearValue = Number(yearText);
  const yearValid = rolling && yearText.trim() === '' ? true : yearOk(yearValue);
  const rowsValue = Number(rows);
  const rowsValid = rows.trim() === '' || rowsOk(rowsValue);
  return (
    <section aria-label={strings.tabTemplate} className={styles.section}>
      <RadioGroup aria-label={strings.templateKind} value={choice} onChange={(_, d) => setChoice(d.value as TemplateChoice)}>
        {(Object.entries(TEMPLATE_TITLES) as [TemplateChoice, string][]).map(([kind, title]) => (
          <Radio key={kind} value={kind} label={title} />
        ))}
        <Radio value="next-year" label={strings.templateNext} />
      </RadioGroup>
      <Field label={strings.year} hint={rolling ? strings.yearNextHint : undefined} validationMessage={yearValid ? undefined : strings.yearInvalid}>
        <Input type="number" value={yearText} onChange={(_, d) => (rolling ? setNextYear(d.value) : setYear(d.value))} />
      </Field>
      {!rolling && (
        <>
          <Field label={strings.project}>
            <Input value={project} onChange={(_, d) => setProject(d.value)} />
          </Field>
          <RadioGroup layout="horizontal" aria-label={strings.unitLabel} value={unit} onChange={(_, d) => setUnit(d.value as '元' | '万元')}>
            <Radio value="元" label={`${strings.unitLabel}：元`} />
            <Radio value="万元" label="万元" />
          </RadioGroup>
          <Field label={strings.rowsLabel} hint={strings.rowsHint} validationMessage={rowsValid ? undefined : strings.rowsInvalid}>
            <Input type="number" value={rows} onChange={(_, d) => setRows(d.value)} />
          </Field>
        </>
      )}
      <Button
        appearance="primary"
        style={{ alignSelf: 'flex-start' }}
        disabled={busy || !yearValid || !rowsValid}
        onClick={() =>
          act(async () =>
            strings.inserted(
              await session.insertTemplate(choice, {
                year: rolling && nextYear.trim() === '' ? undefined : yearValue,
                project,
                unit,
                rowsPerGroup: rows.trim() === '' ? undefined : rowsValue,
              }),
            ),
          )
        }
      >
        {strings.insert}
      </Button>
    </section>
  );
}
