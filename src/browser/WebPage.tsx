/**
 * The web page: the pane beside the open workbook, when neither Excel nor WPS is around. A file comes in by
 * 打开 or by dropping it on the page — or is made from a template on the start page — is read in this browser
 * only, and leaves only as the file downloaded. Opening shows its steps (读取文件, 解析工作表 n/N).
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, Text, makeStyles, tokens, webLightTheme, mergeClasses } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import sample from '../../assets/sample.xlsx';
import type { ProfileId } from '../core';
import type { TemplateOptions } from '../core/templates/build';
import { App, markInteractive } from '../pane/App';
import { Progress, type ProgressState } from '../pane/Progress';
import { stringsFor } from '../pane/strings';
import { localeOf } from '../host/messages';
import { messageIn } from '../host/spreadsheet-host';
import { NewWorkbook } from './NewWorkbook';
import { SheetViewer } from './SheetViewer';
import { OverviewButtons, OverviewPane } from './overview';
import type { SettingsStore, WorkbookHost } from './workbook-host';

const SAMPLE_NAME = '示例-上海市残联信息化项目自评表.xlsx';

/** Below this width the pane goes under the sheet instead of beside it (a phone, a narrow window). */
const NARROW = '@media (max-width: 759px)';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground2, [NARROW]: { height: 'auto', minHeight: '100vh' } },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, marginRight: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  file: { marginLeft: 'auto', color: tokens.colorNeutralForeground2, minWidth: 0, overflowWrap: 'anywhere' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0, gap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalM, [NARROW]: { flexDirection: 'column', padding: tokens.spacingHorizontalS } },
  sheet: { display: 'flex', flexGrow: 1, minWidth: 0, [NARROW]: { height: '60vh', flexGrow: 0 } },
  // Beside the sheet the pane is as wide as Excel's task pane gives, a little wider on a big screen.
  pane: { width: 'clamp(340px, 26vw, 480px)', flexShrink: 0, overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, [NARROW]: { width: 'auto', overflowY: 'visible' } },
  empty: { margin: 'auto', maxWidth: '560px', minWidth: 0, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  progress: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1 },
});

/** The browser's storage for settings, where the browser allows it. */
function settingsStore(): SettingsStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A `data:` URL's bytes (the inlined sample): decoded here, so opening it makes no request. */
function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands `bytes` to the browser as a download named `name`. */
function saveAs(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function WebPage() {
  const styles = useStyles();
  const strings = stringsFor(navigator.language);
  const locale = localeOf(navigator.language);
  const [host, setHost] = useState<WorkbookHost | null>(null);
  const [status, setStatus] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [opening, setOpening] = useState(false);
  const [progress, setProgress] = useState<ProgressState | null>(null); // the step opening is at
  const [dropping, setDropping] = useState(false);
  const [, repaint] = useState(0);
  const [opened, setOpened] = useState(0); // a fresh pane for each workbook opened
  const input = useRef<HTMLInputElement>(null);
  const [overview, setOverview] = useState<File[] | null>(null); // several workbooks at a glance

  useEffect(() => markInteractive(), []);
  useEffect(() => host?.subscribe(() => repaint((n) => n + 1)), [host]);
  useEffect(() => {
    // Leaving the page loses what was written and not downloaded: let the browser ask first.
    const warn = (e: BeforeUnloadEvent) => {
      if (host?.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [host]);

  const open = useCallback(
    async (name: string, read: () => Promise<Uint8Array>) => {
      if (!/\.xlsx$/i.test(name)) {
        setStatus({ intent: 'error', text: strings.web.notXlsx(name) + (host ? strings.web.keptOpen(host.fileName) : '') });
        return;
      }
      if (host?.dirty && !window.confirm(strings.web.unsaved)) return;
      setOpening(true);
      setStatus(null);
      try {
        setProgress({ text: strings.web.progressRead });
        const [{ WorkbookHost }, bytes] = await Promise.all([import(/* webpackChunkName: "xlsx" */ './workbook-host'), read()]);
        setProgress({ text: strings.web.progressLoad });
        await new Promise((resolve) => setTimeout(resolve, 0)); // the step shows before the unpacking holds the page
        const next = await WorkbookHost.open(bytes, name, settingsStore(), (done, total) => setProgress({ text: strings.web.progressParse(done, total), value: done / total }));
        setHost(next);
        setOpened((n) => n + 1);
        setStatus({ intent: 'success', text: strings.web.opened(name, next.sheetNames.length) });
        return true;
      } catch (e) {
        // The workbook already open stays open: a bad file costs nothing.
        setStatus({ intent: 'error', text: `${messageIn(e, locale)}${strings.web.stop}${host ? strings.web.keptOpen(host.fileName) : ''}` });
        return false;
      } finally {
        setProgress(null);
        setOpening(false);
      }
    },
    [host, strings, locale],
  );

  const openFile = (file: File | undefined) => file && open(file.name, async () => new Uint8Array(await file.arrayBuffer()));

  const download = async () => {
    if (!host) return;
    let bytes: Uint8Array;
    try {
      bytes = await host.toBytes();
    } catch (e) {
      setStatus({ intent: 'error', text: messageIn(e, locale) }); // the workbook stays open, nothing is lost
      return;
    }
    const name = host.fileName.replace(/\.xlsx$/i, '') + strings.web.suffix + '.xlsx';
    saveAs(bytes, name);
    setStatus({ intent: 'success', text: strings.web.downloaded(name) });
  };

  /** 新建模板工作簿: the new file is downloaded, then opened here to be seen and filled in. */
  const create = async (kind: ProfileId, options: TemplateOptions) => {
    try {
      const { templateWorkbook } = await import(/* webpackChunkName: "xlsx" */ './new-workbook');
      const { fileName, bytes } = await templateWorkbook(kind, options);
      saveAs(bytes, fileName);
      if (await open(fileName, async () => bytes)) setStatus({ intent: 'success', text: strings.web.created(fileName) });
    } catch (e) {
      setStatus({ intent: 'error', text: messageIn(e, locale) });
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={strings.lang}>
      <div
        className={mergeClasses(styles.page, dropping && styles.dropping)}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDropping(false);
          void openFile(e.dataTransfer.files[0]);
        }}
      >
        <header className={styles.bar}>
          <h1 className={styles.title}>{strings.web.title}</h1>
          <input ref={input} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden aria-hidden="true" tabIndex={-1} onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = ''; // the same file can be opened again
          }} />
          <Button appearance="primary" disabled={opening} onClick={() => input.current?.click()}>
            {strings.web.open}
          </Button>
          <Button disabled={opening} onClick={() => open(SAMPLE_NAME, async () => bytesOfDataUrl(sample))}>
            {strings.web.sample}
          </Button>
          <OverviewButtons disabled={opening} onFiles={setOverview} />
          <Button disabled={!host || opening} title={strings.web.downloadHint} onClick={() => void download()}>
            {strings.web.download}
          </Button>
          <Text className={styles.file}>{host ? host.fileName : strings.web.privacy}</Text>
        </header>
        {progress && (
          <div className={styles.progress}>
            <Progress state={progress} />
          </div>
        )}
        {status && (
          <MessageBar intent={status.intent} role={status.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.body}>
          {overview ? (
            <OverviewPane files={overview} onClose={() => setOverview(null)} onOpen={(file) => { setOverview(null); void openFile(file); }} />
          ) : host ? (
            <>
              <div className={styles.sheet}>
                <SheetViewer host={host} strings={strings} />
              </div>
              <aside className={styles.pane} aria-label={strings.title}>
                <App key={opened} host={host} language={navigator.language} />
              </aside>
            </>
          ) : (
            <div className={styles.empty}>
              <Text size={400}>{opening ? strings.web.opening : dropping ? strings.web.dropNow : strings.web.dropHere}</Text>
              <Text>{strings.web.intro}</Text>
              <Text>{strings.web.privacy}</Text>
              <NewWorkbook strings={strings} disabled={opening} onCreate={create} />
            </div>
          )}
        </div>
      </div>
    </FluentProvider>
  );
}
