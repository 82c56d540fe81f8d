/**
 * 检查: scope, the check button, the marks and the reviewer's sheet, then what was found (CheckResults: a
 * summary, filters, stepping from finding to finding, a card per form), loaded with the engine.
 */
import { Button, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { AnalyzedForm, Finding } from '../core';
import { Progress, type ProgressState } from './Progress';
import { findingKey, PaneSession, type Scope } from './session';
import type { Strings } from './strings';
import { localeOf } from '../host/messages';

// In the engine's chunk: results exist only after a check, which loads the engine anyway.
type Results = typeof import('./CheckResults').CheckResults;
let loaded: Results | undefined;
const loadResults = () =>
  import(/* webpackChunkName: "engine" */ './CheckResults').then((m) => {
    loaded = m.CheckResults;
    return m;
  });
const LazyResults = lazy(() => loadResults().then((m) => ({ default: m.CheckResults })));

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
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
  const [current, setCurrent] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const forms = session.forms;
  // Once loaded, the view renders directly: React.lazy would suspend for one more tick even then, so
  // 找到 N 张自评表 could show above a spinner instead of the results it announces.
  const CheckResults = loaded ?? LazyResults;
  const checked = session.checkedSheets.length > 0;
  const go = (f: Finding) => {
    setCurrent(findingKey(f));
    return act(async () => (await session.select(f), null));
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
            // The results' view arrives with the check, so that they show as soon as the check ends.
            const [found] = await Promise.all([session.check(scope, (done, total) => setProgress({ text: strings.checkingProgress(done, total), value: done / total })), loadResults()]);
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
        <Suspense fallback={<Spinner size="tiny" />}>
          <CheckResults forms={forms} strings={strings} busy={busy} current={current} go={go} />
        </Suspense>
      )}
    </section>
  );
}

export type { AnalyzedForm };
