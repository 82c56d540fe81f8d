/**
 * Many workbooks at a glance, in the page: each file is read and checked in this browser (nothing is sent),
 * then the same summary and charts as `jixiao report --html`, and a row per form with a button that opens its
 * workbook beside the pane. Loaded only when used: it carries the charting code.
 */
import { Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { checkBytes } from '../../report/check-bytes';
import { renderCharts } from '../../report/charts';
import { statusOf, summarize, type FileEntry, type Summary } from '../../report/summary';
import { slimECharts } from './echarts';

const useStyles = makeStyles({
  root: { flexGrow: 1, overflowY: 'auto', padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  cards: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0 },
  card: { flex: '1 1 110px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  cardValue: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1 },
  charts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
  figure: { flex: '1 1 480px', margin: 0, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, '& svg': { width: '100%', height: 'auto', display: 'block' } },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  section: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', textAlign: 'left', verticalAlign: 'top' },
    '& th': { backgroundColor: tokens.colorNeutralBackground3, whiteSpace: 'nowrap', position: 'sticky', top: 0 },
  },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  unread: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const fixed = (v: number | null) => (v === null ? '' : v.toFixed(2));
const percent = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(2)}%`);
/** The name a file goes by: its path inside the folder picked, else its name. */
const nameOf = (f: File) => f.webkitRelativePath || f.name;

export default function Overview({ files, onClose, onOpen }: { files: File[]; onClose: () => void; onOpen: (file: File) => void }) {
  const styles = useStyles();
  const [read, setRead] = useState(0);
  const [summary, setSummary] = useState<Summary | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const entries: FileEntry[] = [];
      for (const file of files) {
        if (cancelled) return;
        const checked = /\.xlsx$/i.test(file.name)
          ? await checkBytes(nameOf(file), new Uint8Array(await file.arrayBuffer()))
          : { file: nameOf(file), error: { code: 'not-xlsx', message: '不是 .xlsx 文件' }, forms: [] };
        entries.push({ file: checked.file, error: checked.error, forms: checked.forms.map((f) => f.report) });
        setRead(entries.length);
      }
      if (!cancelled) setSummary(summarize(entries));
    })();
    return () => {
      cancelled = true;
    };
  }, [files]);

  const charts = useMemo(() => (summary ? renderCharts(slimECharts, summary) : []), [summary]);
  const byName = useMemo(() => new Map(files.map((f) => [nameOf(f), f])), [files]);

  const head = (
    <div className={styles.head}>
      <h2 className={styles.title}>多文件汇总</h2>
      <Text>{summary ? `${summary.totals.files} 个文件，${summary.totals.forms} 张自评表` : `正在读取 ${read}/${files.length} 个文件…`}</Text>
      <Button onClick={onClose}>关闭汇总</Button>
    </div>
  );
  if (!summary) {
    return (
      <section className={styles.root} aria-label="多文件汇总">
        {head}
        <ProgressBar value={files.length ? read / files.length : 0} />
        <Text className={styles.note}>文件只在本浏览器中读取，不会上传。</Text>
      </section>
    );
  }

  const t = summary.totals;
  const card = (label: string, value: number, bad = false) => (
    <div className={styles.card} key={label}>
      <dt>{label}</dt>
      <dd className={`${styles.cardValue} ${bad && value ? styles.bad : ''}`}>{value}</dd>
    </div>
  );
  const halfRead = summary.forms.filter((f) => f.unread.length);
  return (
    <section className={styles.root} aria-label="多文件汇总">
      {head}
      <dl className={styles.cards}>
        {card('文件', t.files)}
        {card('自评表', t.forms)}
        {card('有错误的表', t.formsWithErrors, true)}
        {card('未读全的表', t.halfRead, true)}
        {card('未能读取的文件', t.unreadable, true)}
        {card('错误', t.errors, true)}
        {card('警告', t.warnings)}
        {card('提示', t.infos)}
      </dl>
      <div className={styles.charts}>
        {charts.map((c) => (
          <figure key={c.id} className={styles.figure} data-chart={c.id}>
            <figcaption>
              <strong>{c.title}</strong>
            </figcaption>
            {c.note && <div className={styles.note}>{c.note}</div>}
            {/* An SVG string drawn by ECharts from our own numbers; file texts in it are escaped by ECharts. */}
            <div role="img" aria-label={c.title} dangerouslySetInnerHTML={{ __html: c.svg }} />
          </figure>
        ))}
      </div>
      {summary.unreadable.length > 0 && (
        <>
          <h3 className={styles.section}>未能读取的文件</h3>
          <MessageBar intent="error">
            <MessageBarBody>
              <ul>
                {summary.unreadable.map((u) => (
                  <li key={u.file}>
                    {u.file}：{u.message}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </>
      )}
      {halfRead.length > 0 && (
        <>
          <h3 className={styles.section}>未读全的表</h3>
          <ul>
            {halfRead.map((f) => (
              <li key={`${f.file}|${f.sheet}|${f.range}`}>
                {f.file} · {f.sheet}：未能读取 {f.unread.join('、')}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className={styles.section}>各表汇总</h3>
      <table className={styles.table} aria-label="各表汇总">
        <thead>
          <tr>
            {['文件', '工作表', '实施单位', '项目名称', '执行率', '表中总分', '重算总分', '按规则总分', '表中等级', '按规则等级', '错误', '警告', '状态', '主要问题', ''].map((h, i) => (
              <th key={i}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.forms.map((f) => {
            const file = byName.get(f.file);
            return (
              <tr key={`${f.file}|${f.sheet}|${f.range}`}>
                <td>{f.file}</td>
                <td>{f.sheet}</td>
                <td>{f.implementer ?? f.department}</td>
                <td>{f.project}</td>
                <td className={styles.num}>{percent(f.rate)}</td>
                <td className={styles.num}>{fixed(f.totalDeclared)}</td>
                <td className={styles.num}>{fixed(f.totalComputed)}</td>
                <td className={styles.num}>{fixed(f.totalSuggested)}</td>
                <td>{f.gradeDeclared}</td>
                <td>{f.gradeSuggested}</td>
                <td className={styles.num}>{f.errors}</td>
                <td className={styles.num}>{f.warnings}</td>
                <td className={f.unread.length ? styles.unread : f.errors ? styles.error : undefined}>{statusOf(f)}</td>
                <td>{f.mainCell ? `${f.mainCell}：${f.mainProblem}` : f.mainProblem}</td>
                <td>
                  {file && (
                    <Button size="small" aria-label={`打开 ${f.file}`} onClick={() => onOpen(file)}>
                      打开
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
