/**
 * 插入模板: a standard template (year, project, amount unit and blank rows per group, as the CLI offers) or
 * next year's form from this sheet (its year + 1 unless another is typed), always as a new sheet. On a sheet
 * of stacked forms the user picks the form, as the CLI's `--form` does; the one holding the active cell is
 * proposed.
 */
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { TEMPLATE_TITLES } from '../core/templates/catalogue';
import type { PanelProps } from './CheckPanel';
import type { RolloverChoices, TemplateChoice } from './session';
import { NO_OPTIONS, rowsOf, StandardFields, type StandardOptions } from './TemplateFields';
import { yearOk } from './template-options';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // As wide as the pane and no wider: a long project name is cut with an ellipsis inside the box.
  select: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis', minWidth: 0 } },
});


export function TemplatePanel({ session, strings, act, busy }: PanelProps) {
  const styles = useStyles();
  const [choice, setChoice] = useState<TemplateChoice>('mof-2020');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [nextYear, setNextYear] = useState(''); // empty: the form's own year + 1
  const [options, setOptions] = useState<StandardOptions>(NO_OPTIONS);
  const rolling = choice === 'next-year';
  const yearText = rolling ? nextYear : year;
  const yearValue = Number(yearText);
  const yearValid = rolling && yearText.trim() === '' ? true : yearOk(yearValue);
  const rowsValue = rowsOf(options);
  const rowsValid = !Number.isNaN(rowsValue);
  // The active sheet's forms, read when 由本表生成下一年度 is chosen (and again on request: the sheet may change).
  const [choices, setChoices] = useState<RolloverChoices | null>(null);
  const [form, setForm] = useState<string | undefined>(undefined);
  const readChoices = useCallback(() => {
    setChoices(null);
    void session.rolloverChoices().then(
      (read) => {
        setChoices(read);
        setForm(read.forms[read.chosen]?.range);
      },
      () => setChoices({ sheet: '', forms: [], chosen: 0 }), // the insert says why
    );
  }, [session]);
  useEffect(() => {
    if (rolling) readChoices();
  }, [rolling, readChoices]);
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
      {rolling && choices && choices.forms.length > 1 && (
        <Field label={strings.formChoice} hint={strings.rollFromHint(choices.sheet, choices.forms.length)}>
          <Select className={styles.select} value={form} onChange={(_, d) => setForm(d.value)}>
            {choices.forms.map((f) => (
              <option key={f.range} value={f.range}>
                {strings.rollForm(f.project, f.row, f.range)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {rolling && choices && choices.forms.length === 1 && <Text>{strings.rollOne(choices.sheet)}</Text>}
      {rolling && choices && choices.forms.length === 0 && choices.sheet && <Text>{strings.rollNone(choices.sheet)}</Text>}
      {rolling && (
        <Button appearance="subtle" size="small" style={{ alignSelf: 'flex-start' }} disabled={busy || !choices} onClick={readChoices}>
          {strings.rollReread}
        </Button>
      )}
      {!rolling && <StandardFields value={options} onChange={setOptions} strings={strings} />}
      <Button
        appearance="primary"
        style={{ alignSelf: 'flex-start' }}
        disabled={busy || !yearValid || !rowsValid || (rolling && !choices)}
        onClick={() =>
          act(async () =>
            strings.inserted(
              await session.insertTemplate(choice, {
                year: rolling && nextYear.trim() === '' ? undefined : yearValue,
                project: options.project,
                unit: options.unit,
                rowsPerGroup: rowsValue,
                form: rolling && choices && choices.forms.length > 1 ? form : undefined,
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
