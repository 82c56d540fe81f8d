/**
 * What 检查 shows once forms are found: a summary (forms, errors, warnings, notes), filters, a way to step from
 * finding to finding, and a card per form, forms with errors first. Repeated findings of one rule in one form
 * fold into one line that opens. Findings are grouped by first-level group; clicking one selects its cell.
 * Loaded with the engine, not with the pane: nothing here can show before a check, and the cards, badges and
 * the rules' names (which bring the rules and decimal.js) would otherwise lengthen every start.
 */
import { Badge, Button, Card, CardHeader, Checkbox, Text, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnalyzedForm, Finding, Severity } from '../core';
import { findingKey } from './session';
import type { Strings } from './strings';
import { triage, type FormTriage } from './triage';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', whiteSpace: 'normal', overflowWrap: 'anywhere', width: '100%', minWidth: 0, fontWeight: tokens.fontWeightRegular },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  nested: { paddingLeft: tokens.spacingHorizontalL },
  group: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontWeight: tokens.fontWeightSemibold },
  title: { overflowWrap: 'anywhere' },
});

export interface CheckResultsProps {
  forms: AnalyzedForm[];
  strings: Strings;
  busy: boolean;
  /** The finding last selected (its `findingKey`), kept by the panel so that a new check clears it. */
  current: string | null;
  go: (f: Finding) => void;
}

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

export function CheckResults({ forms, strings, busy, current, go }: CheckResultsProps) {
  const styles = useStyles();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const view = useMemo(() => triage(forms, { onlyErrors, onlyProblems }, strings.headerGroup), [forms, onlyErrors, onlyProblems, strings.headerGroup]);
  const index = current ? view.order.findIndex((f) => findingKey(f) === current) : -1;
  const step = (by: 1 | -1) => {
    const n = view.order.length;
    if (n === 0) return;
    const next = index < 0 ? (by === 1 ? 0 : n - 1) : (index + by + n) % n;
    go(view.order[next]);
  };
  return (
    <>
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
      {view.forms.map((t) => (
        <FormCard key={`${t.form.form.sheet}!${t.form.report.range}`} triaged={t} strings={strings} current={current} go={go} />
      ))}
      {view.hidden > 0 && <Text size={200}>{strings.hiddenForms(view.hidden)}</Text>}
    </>
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
