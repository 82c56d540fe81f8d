/**
 * The open workbook as the page shows it: sheet tabs, then the active sheet as a table with merged cells,
 * fills (marks show here as in Excel) and the selected cell outlined and scrolled into view.
 */
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { columnName, type SheetGrid } from '../core';
import type { Strings } from '../pane/strings';
import { displayText } from './display';
import type { WorkbookHost } from './workbook-host';

/** More rows than a form ever has; a bigger sheet is still checked whole, only its view is cut. */
const ROWS_SHOWN = 400;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, gap: tokens.spacingVerticalS },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  scroller: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#ffffff' },
  table: { borderCollapse: 'collapse', fontSize: '12px', color: '#1f1f1f', fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", SimSun, sans-serif' },
  head: { position: 'sticky', top: 0, backgroundColor: '#f3f3f3', color: '#424242', fontWeight: 'normal', border: '1px solid #d6d6d6', padding: '2px 6px', zIndex: 1 },
  rowHead: { position: 'sticky', left: 0, backgroundColor: '#f3f3f3', color: '#424242', fontWeight: 'normal', border: '1px solid #d6d6d6', padding: '2px 6px', textAlign: 'right' },
  cell: { border: '1px solid #e0e0e0', padding: '2px 6px', verticalAlign: 'middle', maxWidth: '280px', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export function SheetViewer({ host, strings }: { host: WorkbookHost; strings: Strings }) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const grid = host.grid(host.active);
  const selected = host.selected?.sheet === host.active ? host.selected : null;
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'center' }); // (newer Chromium returns a promise: not a cleanup)
  }, [selected?.sheet, selected?.row, selected?.col]);
  return (
    <section className={styles.root} aria-label={strings.web.sheetView(host.active)}>
      <TabList className={styles.tabs} size="small" aria-label={strings.web.sheetTabs} selectedValue={host.active} onTabSelect={(_, d) => host.activate(String(d.value))}>
        {host.sheetNames.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      {grid.rows.length > ROWS_SHOWN && <Text size={200}>{strings.web.truncated(ROWS_SHOWN, grid.rows.length)}</Text>}
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={strings.web.sheetView(host.active)}>
        <SheetTable grid={grid} host={host} selected={selected} selectedRef={selectedRef} />
      </div>
    </section>
  );
}

function SheetTable({ grid, host, selected, selectedRef }: { grid: SheetGrid; host: WorkbookHost; selected: { row: number; col: number } | null; selectedRef: React.RefObject<HTMLTableCellElement> }) {
  const styles = useStyles();
  const rows = Math.min(grid.rows.length, ROWS_SHOWN);
  let cols = 1; // rows may be holes (blank rows), which a spread would turn into NaN
  for (let r = 0; r < rows; r++) cols = Math.max(cols, grid.rows[r]?.length ?? 0);
  for (const m of grid.merges) if (m.top < rows) cols = Math.max(cols, m.right + 1);
  // Cells a merge covers (other than its top-left) are not drawn; the top-left spans them.
  const covered = new Set<number>();
  const spans = new Map<number, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges) {
    spans.set(m.top * 16384 + m.left, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * 16384 + c);
  }
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th className={styles.head} aria-hidden="true" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} scope="col" className={styles.head}>
              {columnName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            <th scope="row" className={styles.rowHead}>
              {r + 1}
            </th>
            {Array.from({ length: cols }, (_, c) => {
              const key = r * 16384 + c;
              if (covered.has(key)) return null;
              const cell = grid.rows[r]?.[c];
              const isSelected = selected?.row === r && selected.col === c;
              const fill = host.fillAt(grid.name, r, c);
              const className = [styles.cell, typeof cell?.value === 'number' ? styles.number : '', isSelected ? styles.selected : ''].join(' ');
              return (
                <td key={c} {...spans.get(key)} data-cell={`${columnName(c)}${r + 1}`} className={className} style={fill ? { backgroundColor: fill } : undefined} ref={isSelected ? selectedRef : undefined} data-selected={isSelected || undefined}>
                  {displayText(cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
