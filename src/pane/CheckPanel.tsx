/** 检查: scope, the check button, a card per form, findings by first-level group, mark / clear / review. */
import { Badge, Button, Card, CardHeader, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AnalyzedForm } from '../core';
import { PaneSession, type Scope } from './session';
import type { Strings } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', whiteSpace: 'normal', width: '100%' },
  group: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontWeight: tokens.fontWeightSemibold },
});

export interface PanelProps {
  session: PaneSession;
  strings: Strings;
  act: (action: () => Promise<string | null>) => Promise<void>;
  busy: boolean;
}

export function CheckPanel({ session, strings, act, busy }: PanelProps) {
  const styles = useStyles();
  const [scope, setScope] = useState<Scope>('sheet');
  const forms = session.forms;
  const checked = session.checkedSheets.length > 0;
  return (
    <section aria-label={strings.tabCheck}>
      <RadioGroup layout="horizontal" aria-label={strings.scopeLabel} value={scope} onChange={(_, d) => setScope(d.value as Scope)}>
        <Radio value="sheet" label={strings.scopeSheet} />
        <Radio value="workbook" label={strings.scopeWorkbook} />
      </RadioGroup>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => act(async () => {
          const found = await session.check(scope);
          return found.length ? strings.formsFound(found.length) : null;
        })}>
          {strings.check}
        </Button>
        <Button disabled={busy || session.findings.length === 0} onClick={() => act(async () => strings.marked(await session.mark()))}>
          {strings.mark}
        </Button>
        <Button disabled={busy || !session.hasMarks} onClick={() => act(async () => strings.cleared(await session.clearMarks()))}>
          {strings.clearMarks}
        </Button>
        <Button disabled={busy || session.findings.length === 0} onClick={() => act(async () => strings.reviewWritten(await session.writeReview(strings.reviewSheet, strings.reviewHeader, strings.severity)))}>
          {strings.review}
        </Button>
      </div>
      {session.notices.map((notice) => <Text key={notice} role="status">{notice}</Text>)}
      {checked && forms.length === 0 && <Text role="status">{strings.noForm}</Text>}
      {forms.map((form) => (
        <FormCard key={`${form.form.sheet}!${form.report.range}`} form={form} session={session} strings={strings} act={act} />
      ))}
    </section>
  );
}

function FormCard({ form, session, strings, act }: { form: AnalyzedForm; session: PaneSession; strings: Strings; act: PanelProps['act'] }) {
  const styles = useStyles();
  const { report } = form;
  const count = (severity: string) => report.problems.filter((p) => p.severity === severity).length;
  const total = report.total.declared ?? report.total.computed ?? '—';
  const grade = report.grade.declared ?? report.grade.computed ?? '—';
  const title = `${report.project ?? report.sheet}（${report.sheet}!${report.range}）`;
  return (
    <Card aria-label={title}>
      <CardHeader
        header={<Text weight="semibold">{title}</Text>}
        description={
          <div className={styles.row}>
            <Text>
              {strings.total} {total}
              {report.total.suggested !== null && report.total.suggested !== total ? `（${strings.suggested(report.total.suggested)}）` : ''} · {strings.grade} {grade}
            </Text>
            <Badge color="danger" aria-label={`${strings.errors} ${count('error')}`}>{count('error')}</Badge>
            <Badge color="warning" aria-label={`${strings.warnings} ${count('warning')}`}>{count('warning')}</Badge>
            <Badge color="informative" aria-label={`${strings.infos} ${count('info')}`}>{count('info')}</Badge>
          </div>
        }
      />
      {report.problems.length === 0 && <Text>{strings.noProblem}</Text>}
      {PaneSession.groupFindings(form, strings.headerGroup).map(({ group, findings }) => (
        <div key={group}>
          <Text as="h3" className={styles.group} block>{group}</Text>
          <ul className={styles.list}>
            {findings.map((f) => (
              <li key={`${f.rule}-${f.cell}`}>
                <Button appearance="subtle" className={styles.finding} onClick={() => act(async () => (await session.select(f), null))}>
                  {`${strings.severity[f.severity]} ${f.cell}：${f.message}`}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}
