/**
 * 写入得分与等级: every edit previewed as a compact list grouped by sheet and form (cell and what it is,
 * now → new, why), each with a tick box; formulas shown whole on demand; write in one batch; undo.
 * Laid out for a pane about 320 px wide: nothing sits side by side that could squeeze a column to one character.
 */
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PanelProps } from './CheckPanel';
import type { PreviewRow } from './session';
import type { Strings } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center', margin: `${tokens.spacingVerticalS} 0` },
  sheet: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  form: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke3}`, paddingTop: tokens.spacingVerticalXS, minWidth: 0 },
  detail: { paddingLeft: '32px', display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  change: { overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' },
  why: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  formula: { display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground3, padding: '2px 4px' },
});

/** Rows by sheet, then by form, in the order they came. */
function grouped(rows: PreviewRow[]): [string, [string, PreviewRow[]][]][] {
  const sheets = new Map<string, Map<string, PreviewRow[]>>();
  for (const r of rows) {
    const forms = sheets.get(r.edit.sheet) ?? sheets.set(r.edit.sheet, new Map()).get(r.edit.sheet)!;
    forms.set(r.form, [...(forms.get(r.form) ?? []), r]);
  }
  return [...sheets.entries()].map(([sheet, forms]) => [sheet, [...forms.entries()]]);
}

/** What a cell is: `预算执行得分`, `指标得分：刊物发行计划完成率`. */
function whatOf(r: PreviewRow, strings: Strings): string {
  const kind = r.edit.suggestion ? strings.suggestion : strings.kinds[r.edit.kind] ?? r.edit.kind;
  return r.indicator && r.edit.kind !== 'number-text' ? `${kind}：${r.indicator}` : r.indicator ? `${kind}（${r.indicator}）` : kind;
}

/** `version` changes after every action, so the preview is rebuilt from the session's new check. */
export function WritePanel({ session, strings, act, busy, version }: PanelProps & { version: number }) {
  const styles = useStyles();
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [rows, setRows] = useState<PreviewRow[]>(() => session.preview());
  const [formulas, setFormulas] = useState(session.settings.writeFormulas);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    setAccepted(new Set());
    setRows(session.preview());
  }, [session, version]);
  // A number as a spreadsheet shows it, to 15 significant digits: a stored 90.78999999999999 reads 90.79.
  const show = (value: unknown) => (value === null || value === '' ? strings.empty : typeof value === 'number' ? String(Number(value.toPrecision(15))) : String(value));
  const toggle = (row: PreviewRow, selected: boolean) => {
    if (row.edit.suggestion) {
      // Accepting a suggested score changes the total and grade to write: rebuild, keeping the other ticks.
      const next = new Set(accepted);
      if (selected) next.add(row.id);
      else next.delete(row.id);
      setAccepted(next);
      setRows((all) => {
        const before = new Map(all.map((r) => [r.id, r.selected]));
        return session.preview(next).map((r) => (r.edit.suggestion || !before.has(r.id) ? r : { ...r, selected: before.get(r.id)! }));
      });
    } else {
      setRows((all) => all.map((r) => (r.id === row.id ? { ...r, selected } : r)));
    }
  };
  const flip = (id: string) => setShown((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const ticked = rows.filter((r) => r.selected).length;
  return (
    <section aria-label={strings.tabWrite}>
      {session.checkedSheets.length === 0 && <Text>{strings.checkFirst}</Text>}
      {session.checkedSheets.length > 0 && rows.length === 0 && <Text>{strings.noEdits}</Text>}
      {rows.length > 0 && (
        <>
          <Text block>{strings.previewIntro}</Text>
          <Checkbox checked={formulas} label={strings.asFormula} onChange={(_, d) => setFormulas(Boolean(d.checked))} />
          <Text block size={200} role="status">{strings.selectedCount(ticked, rows.length)}</Text>
          {grouped(rows).map(([sheet, forms]) => (
            <div key={sheet}>
              <Text as="h3" block className={styles.sheet}>{sheet}</Text>
              {forms.map(([form, items]) => (
                <div key={form}>
                  <Text as="h4" block className={styles.form}>{form}</Text>
                  <ul className={styles.list} aria-label={`${sheet} ${form}`}>
                    {items.map((r) => {
                      const writesFormula = formulas && r.edit.formula;
                      const hasFormula = Boolean(writesFormula || r.edit.current.formula);
                      return (
                        <li key={r.id} className={styles.item}>
                          <Checkbox checked={r.selected} aria-label={r.id} label={`${r.edit.cell} · ${whatOf(r, strings)}`} onChange={(_, d) => toggle(r, Boolean(d.checked))} />
                          <div className={styles.detail}>
                            <Text className={styles.change}>
                              {show(r.edit.current.value)}
                              {r.edit.current.formula ? `（${strings.showFormula}）` : ''} → <b>{String(r.edit.next)}</b>
                              {writesFormula ? `（${strings.showFormula}）` : ''}
                            </Text>
                            <Text size={200} className={styles.why}>{r.edit.reason}</Text>
                            {hasFormula && (
                              <div>
                                <Button size="small" appearance="transparent" aria-expanded={shown.has(r.id)} aria-label={strings.formulaOf(r.id)} onClick={() => flip(r.id)}>
                                  {shown.has(r.id) ? '▾ ' : '▸ '}
                                  {strings.showFormula}
                                </Button>
                                {shown.has(r.id) && (
                                  <code className={styles.formula}>
                                    {r.edit.current.formula ? `=${r.edit.current.formula}\n→ ` : ''}
                                    {writesFormula ? `=${r.edit.formula}` : String(r.edit.next)}
                                  </code>
                                )}
                              </div>
                            )}
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !rows.some((r) => r.selected)}
          onClick={() =>
            act(async () => {
              session.settings = { ...session.settings, writeFormulas: formulas };
              const n = await session.write(rows);
              await session.recheck();
              return strings.written(n);
            })
          }
        >
          {strings.apply}
        </Button>
        <Button
          disabled={busy || !session.canUndo}
          onClick={() =>
            act(async () => {
              const n = await session.undo();
              await session.recheck();
              return strings.undone(n);
            })
          }
        >
          {strings.undo}
        </Button>
      </div>
      <Text size={200}>{strings.undoHint[session.hostKind]}</Text>
    </section>
  );
}
