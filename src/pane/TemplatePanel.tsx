/** 插入模板: a standard template or next year's form from this sheet, always as a new sheet. */
import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { TEMPLATE_TITLES } from '../core/templates/catalogue';
import type { PanelProps } from './CheckPanel';
import type { TemplateChoice } from './session';

export function TemplatePanel({ session, strings, act, busy }: PanelProps) {
  const [choice, setChoice] = useState<TemplateChoice>('mof-2020');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [project, setProject] = useState('');
  const yearValue = Number(year);
  const yearValid = Number.isInteger(yearValue) && yearValue >= 2000 && yearValue <= 2100;
  return (
    <section aria-label={strings.tabTemplate}>
      <RadioGroup aria-label={strings.templateKind} value={choice} onChange={(_, d) => setChoice(d.value as TemplateChoice)}>
        {(Object.entries(TEMPLATE_TITLES) as [TemplateChoice, string][]).map(([kind, title]) => (
          <Radio key={kind} value={kind} label={title} />
        ))}
        <Radio value="next-year" label={strings.templateNext} />
      </RadioGroup>
      <Field label={strings.year} validationMessage={yearValid ? undefined : strings.yearInvalid}>
        <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      {choice !== 'next-year' && (
        <Field label={strings.project}>
          <Input value={project} onChange={(_, d) => setProject(d.value)} />
        </Field>
      )}
      <Button appearance="primary" disabled={busy || !yearValid} onClick={() => act(async () => strings.inserted(await session.insertTemplate(choice, { year: yearValue, project })))}>
        {strings.insert}
      </Button>
    </section>
  );
}
