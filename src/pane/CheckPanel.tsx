/**
 * 检查: scope, the check button, then a summary (forms, errors, warnings, notes), filters, a way to step from
 * finding to finding, and a card per form, forms with errors first. Repeated findings of one rule in one form
 * fold into one line that opens. Findings are grouped by first-level group; clicking one selects its cell.
 */
import { Badge, Button, Card, CardHeader, Checkbox, Radio, RadioGroup, Text, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnalyzedForm, Finding, Severity } from '../core';
import { Progress, type ProgressState } from './Progress';
import { PaneSession, type Scope } from './session';
import type { Strings } from './strings';
import { triage, type FormTriage } from './triage';
import { localeOf } from '../host/messages';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', whiteSpace: 'normal', overflowWrap: 'anywhere', width: '100%', minWidth: 0, fontWeight: tokens.fontWeightRegular },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  nested: { paddingLeft: tokens.spacingHorizontalL },
  group: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontWeight: tokens.fontWeightSemibold },
  title: { overflowWrap: 'anywhere' },
});

export interface PanelProps {
  session: PaneSession;
  strings: Strings;
  act: (action: () => Promise<string | null>) => Promise<void>;
  busy: boolean;
}

const findingKey = (f: Finding) => `${f.sheet}!${f.cell}!${f.rule}`;

/** The three counts as badges: coloured only where there is something to count. */
export function Counts({ counts, strings }: { counts: Record<Severity, number>; strings: Strings }) {
  const colors = { error: 'danger', warning: 'warning', info: 'informative' } as const;
  const words = { error: strings.errors, warning: strings.warnings, info: strings.infos };
  return (
    <>
      {(['error', 'warning', 'info'] as const).map((s) => (
        <Badge key={s} appearance={counts[s] ? 'filled' : 'outline'} color={counts[s] ? colors[s] : 'informative'} aria-label={`${words[s]} ${counts[s]}`}>
          {`${words[s]} ${counts[s]}`}
        </Badge>
      ))}
    </>
  );
}

export function CheckPanel({ session, strings, act, busy }: PanelProps) {
  const styles = useStyles();
  const [scope, setScope] = useState<Scope>('sheet');
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [current, setCurrent] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const forms = session.forms;
  const checked = session.checkedSheets.length > 0;
  const view = useMemo(() => triage(forms, { onlyErrors, onlyProblems }, strings.headerGroup), [forms, onlyErrors, onlyProblems, strings.headerGroup]);
  const index = current ? view.order.findIndex((f) => findingKey(f) === current) : -1;
  const go = (f: Finding) => {
    setCurrent(findingKey(f));
    return act(async () => (await session.select(f), null));
  };
  const step = (by: 1 | -1) => {
    const n = view.order.length;
    if (n === 0) return;
    const next = index < 0 ? (by === 1 ? 0 : n - 1) : (index + by + n) % n;
    void go(view.order[next]);
  };
  return (
    <section aria-label={strings.tabCheck} className={styles.section}>
      <RadioGroup layout="horizontal" aria-label={strings.scopeLabel} value={scope} onChange={(_, d) => setScope(d.value as Scope)}>
        <Radio value="sheet" label={strings.scopeSheet} />
        <Radio value="workbook" label={strings.scopeWorkbook} />
      </RadioGroup>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => act(async () => {
          setCurrent(null);
          setProgress({ text: strings.checkingProgress(0, 0) });
          try {
            const found = await session.check(scope, (done, total) => setProgress({ text: strings.checkingProgress(done, total), value: done / total }));
            return found.length ? strings.formsFound(found.length) : null;
          } finally {
            setProgress(null);
          }
        })}>
          {strings.check}
        </Button>
        <Button disabled={busy || session.findings.length === 0} onClick={() => act(async () => strings.marked(await session.mark()))}>
          {strings.mark}
        </Button>
        <Button disabled={busy || !session.hasMarks} onClick={() => act(async () => strings.cleared(await session.clearMarks()))}>
          {strings.clearMarks}
        </Button>
        <Button disabled={busy || session.findings.length === 0} onClick={() => act(async () => strings.reviewWritten(await session.writeReview(strings.reviewSheet, strings.reviewHeader, strings.severity, session.reviewHead(strings))))}>
          {strings.review}
        </Button>
      </div>
      {progress && <Progress state={progress} />}
      {session.noticesIn(localeOf(strings.lang)).map((notice) => <Text key={notice} role="status">{notice}</Text>)}
      {checked && forms.length === 0 && <Text role="status">{strings.noForm}</Text>}
      {forms.length > 0 && (
        <div className={styles.summary} role="region" aria-label={strings.summaryLabel}>
          <Text weight="semibold">{strings.summary(forms.length, view.formsWithErrors)}</Text>
          <div className={styles.row}>
            <Counts counts={view.counts} strings={strings} />
          </div>
          <div className={styles.row}>
            <Checkbox checked={onlyErrors} label={strings.onlyErrors} onChange={(_, d) => setOnlyErrors(Boolean(d.checked))} />
            <Checkbox checked={onlyProblems} label={strings.onlyProblems} onChange={(_, d) => setOnlyProblems(Boolean(d.checked))} />
          </div>
          <div className={styles.row}>
            <Button size="small" disabled={busy || view.order.length === 0} onClick={() => step(-1)}>
              {strings.previous}
            </Button>
            <Button size="small" disabled={busy || view.order.length === 0} onClick={() => step(1)}>
              {strings.next}
            </Button>
            <Text size={200} aria-live="polite">{strings.position(index, view.order.length)}</Text>
          </div>
        </div>
      )}
      {view.forms.map((t) => (
        <FormCard key={`${t.form.form.sheet}!${t.form.report.range}`} triaged={t} strings={strings} current={current} go={go} />
      ))}
      {view.hidden > 0 && <Text size={200}>{strings.hiddenForms(view.hidden)}</Text>}
    </section>
  );
}

function FormCard({ triaged, strings, current, go }: { triaged: FormTriage; strings: Strings; current: string | null; go: (f: Finding) => void }) {
  const styles = useStyles();
  const { form, counts } = triaged;
  const { report } = form;
  const total = report.total.declared ?? report.total.computed ?? '—';
  const grade = report.grade.declared ?? report.grade.computed ?? '—';
  const title = `${report.project ?? report.sheet}（${report.sheet}!${report.range}）`;
  return (
    <Card aria-label={title}>
      <CardHeader
        header={<Text weight="semibold" className={styles.title}>{title}</Text>}
        description={
          <div className={styles.row}>
            <Text>
              {strings.total} {total}
              {report.total.suggested !== null && report.total.suggested !== total ? `（${strings.suggested(report.total.suggested)}）` : ''} · {strings.grade} {grade}
            </Text>
            <Counts counts={counts} strings={strings} />
          </div>
        }
      />
      {report.problems.length === 0 && <Text>{strings.noProblem}</Text>}
      {triaged.groups.map(({ group, items }) => (
        <div key={group ?? ''}>
          {group && <Text as="h3" className={styles.group} block>{group}</Text>}
          <ul className={styles.list}>
            {items.map((item) =>
              'findings' in item ? (
                <Repeated key={`${item.rule}-repeated`} findings={item.findings} title={item.title} strings={strings} current={current} go={go} />
              ) : (
                <li key={findingKey(item)}>
                  <FindingButton finding={item} strings={strings} current={current} go={go} />
                </li>
              ),
            )}
          </ul>
        </div>
      ))}
    </Card>
  );
}

function FindingButton({ finding, strings, current, go }: { finding: Finding; strings: Strings; current: string | null; go: (f: Finding) => void }) {
  const styles = useStyles();
  const ref = useRef<HTMLButtonElement>(null);
  const isCurrent = current === findingKey(finding);
  useEffect(() => {
    if (isCurrent) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isCurrent]);
  return (
    <Button ref={ref} appearance="subtle" className={mergeClasses(styles.finding, isCurrent && styles.current)} aria-current={isCurrent || undefined} onClick={() => go(finding)}>
      {`${strings.severity[finding.severity]} ${finding.cell}：${finding.message}`}
    </Button>
  );
}

/** `警告 15 个数字以文本存储`: one line for a rule's repeated findings in one form, opened on demand. */
function Repeated({ findings, title, strings, current, go }: { findings: Finding[]; title: string; strings: Strings; current: string | null; go: (f: Finding) => void }) {
  const styles = useStyles();
  const holdsCurrent = findings.some((f) => findingKey(f) === current);
  const [open, setOpen] = useState(false);
  const shown = open || holdsCurrent;
  const cells = findings.slice(0, 4).map((f) => f.cell).join('、') + (findings.length > 4 ? '…' : '');
  return (
    <li>
      <Button appearance="subtle" className={styles.finding} aria-expanded={shown} onClick={() => setOpen(!shown)}>
        {`${shown ? '▾' : '▸'} ${strings.severity[findings[0].severity]} ${strings.repeated(findings.length, title)}（${cells}）`}
      </Button>
      {shown && (
        <ul className={mergeClasses(styles.list, styles.nested)}>
          {findings.map((f) => (
            <li key={findingKey(f)}>
              <FindingButton finding={f} strings={strings} current={current} go={go} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export type { AnalyzedForm };
