/** The task pane: 检查 · 写入得分与等级 · 设置. All state changes go through the PaneSession. */
import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { messageIn, type SpreadsheetHost } from '../host/spreadsheet-host';
import { localeOf } from '../host/messages';
import { CheckPanel } from './CheckPanel';
import { engine, PaneSession } from './session';
import { stringsFor } from './strings';

// The pane opens on 检查; the other tabs load just after (a shorter start in Excel, which waits on the pane).
const loadWrite = () => import(/* webpackChunkName: "panels" */ './WritePanel');
const loadTemplate = () => import(/* webpackChunkName: "panels" */ './TemplatePanel');
const loadSettings = () => import(/* webpackChunkName: "panels" */ './SettingsPanel');
const WritePanel = lazy(() => loadWrite().then((m) => ({ default: m.WritePanel })));
const TemplatePanel = lazy(() => loadTemplate().then((m) => ({ default: m.TemplatePanel })));
const SettingsPanel = lazy(() => loadSettings().then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  // A pane about 320 px wide: the padding stays small and nothing below may be wider than the pane.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS, minHeight: '100vh', boxSizing: 'border-box', minWidth: 0, overflowWrap: 'anywhere' },
  // Four tabs do not fit side by side at 320 px: they wrap onto a second line rather than run off the edge.
  tabs: { flexWrap: 'wrap', rowGap: 0 },
});

export type Status = { intent: 'success' | 'error' | 'info'; text: string } | null;

export interface AppProps {
  host: SpreadsheetHost;
  /** Office's display language (`zh-CN`, `en-US`). */
  language?: string;
  dark?: boolean;
  /** Where the host lets the pane close itself (WPS): shows 隐藏窗格. */
  onHide?: () => void;
}

export function App({ host, language, dark, onHide }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(language);
  const session = useMemo(() => new PaneSession(host), [host]);
  const [tab, setTab] = useState<'check' | 'write' | 'template' | 'settings'>('check');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0); // bumped after each action so panels re-read the session
  useEffect(() => {
    markInteractive();
    void Promise.all([engine(), loadWrite(), loadTemplate(), loadSettings()]); // fetched while the user reads the pane
  }, []);

  /** Runs an action, shows its result or its error, and refreshes the panels. */
  const act = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setStatus(null);
    try {
      const text = await action();
      if (text) setStatus({ intent: 'success', text });
    } catch (e) {
      setStatus({ intent: 'error', text: messageIn(e, localeOf(strings.lang)) }); // a host's refusal in the pane's language
    } finally {
      setBusy(false);
      setVersion((v) => v + 1);
    }
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={strings.lang}>
      <main className={styles.root} aria-label={strings.title}>
        {onHide && (
          <Button appearance="subtle" size="small" onClick={onHide} style={{ alignSelf: 'flex-end' }}>
            {strings.hidePane}
          </Button>
        )}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => {
            setTab(d.value as typeof tab);
            setStatus(null); // a message belongs to the tab that made it
          }}
        >
          <Tab value="check">{strings.tabCheck}</Tab>
          <Tab value="write">{strings.tabWrite}</Tab>
          <Tab value="template">{strings.tabTemplate}</Tab>
          <Tab value="settings">{strings.tabSettings}</Tab>
        </TabList>
        {status && (
          <MessageBar intent={status.intent} role={status.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        {busy && <Spinner size="tiny" label={strings.checking} />}
        {tab === 'check' && <CheckPanel session={session} strings={strings} act={act} busy={busy} />}
        <Suspense fallback={<Spinner size="tiny" />}>
          {tab === 'write' && <WritePanel session={session} strings={strings} act={act} busy={busy} version={version} />}
          {tab === 'template' && <TemplatePanel session={session} strings={strings} act={act} busy={busy} />}
          {tab === 'settings' && <SettingsPanel session={session} strings={strings} act={act} busy={busy} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}

/** The moment the pane answers clicks, for the start-up benchmark (a no-op where marks are missing). */
export function markInteractive(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('jixiao-interactive');
}
