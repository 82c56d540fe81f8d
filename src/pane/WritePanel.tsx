/** 写入得分与等级: every edit previewed (cell, now → new) with a tick box; write in one batch; undo. */
import { Button, Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PanelProps } from './CheckPanel';
import type { PreviewRow } from './session';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center', margin: `${tokens.spacingVerticalS} 0` },
  // A narrow pane: long sheet names and formulas wrap inside their column instead of running over the next.
  wrap: { overflowWrap: 'anywhere', wordBreak: 'break-word', verticalAlign: 'top' },
});

/** `version` changes after every action, so the preview is rebuilt from the session's new check. */
export function WritePanel({ session, strings, act, busy, version }: PanelProps & { version: number }) {
  const styles = useStyles();
  const [rows, setRows] = useState<PreviewRow[]>(() => session.preview());
  const [formulas, setFormulas] = useState(session.settings.writeFormulas);
  useEffect(() => setRows(session.preview()), [session, version]);
  const show = (value: unknown, formula?: string) => (formula ? `=${formula}` : value === null || value === '' ? strings.empty : String(value));
  const toggle = (id: string, selected: boolean) => setRows((all) => all.map((r) => (r.id === id ? { ...r, selected } : r)));
  return (
    <section aria-label={strings.tabWrite}>
      {session.checkedSheets.length === 0 && <Text>{strings.checkFirst}</Text>}
      {session.checkedSheets.length > 0 && rows.length === 0 && <Text>{strings.noEdits}</Text>}
      {rows.length > 0 && (
        <>
          <Text block>{strings.previewIntro}</Text>
          <Checkbox checked={formulas} label={strings.asFormula} onChange={(_, d) => setFormulas(Boolean(d.checked))} />
          <Table size="small" aria-label={strings.tabWrite}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.colCell}</TableHeaderCell>
                <TableHeaderCell>{strings.colNow}</TableHeaderCell>
                <TableHeaderCell>{strings.colNew}</TableHeaderCell>
                <TableHeaderCell>{strings.colWhy}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell className={styles.wrap}>
                    <Checkbox checked={r.selected} label={r.id} onChange={(_, d) => toggle(r.id, Boolean(d.checked))} />
                  </TableCell>
                  <TableCell className={styles.wrap}>{show(r.edit.current.value, r.edit.current.formula)}</TableCell>
                  <TableCell className={styles.wrap}>{formulas && r.edit.formula ? `=${r.edit.formula}（${r.edit.next}）` : String(r.edit.next)}</TableCell>
                  <TableCell className={styles.wrap}>{r.edit.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
