/**
 * The open workbook as the page shows it: sheet tabs (the strip scrolled to the active one), then the active
 * sheet as a table with merged cells, fills (marks show here as in Excel) and the selected cell outlined and
 * scrolled into view. A sheet of any size is drawn: past a few hundred rows only the rows in view are in the
 * page, each one line high, with spacers standing for the rest.
 */
import { Tab, TabList, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { columnName, type SheetGrid } from '../core';
import type { Strings } from '../pane/strings';
import { displayText } from './display';
import type { WorkbookHost } from './workbook-host';

/** Up to this many rows a sheet is drawn whole, rows as tall as their text; a bigger one is virtualised. */
export const DRAWN_WHOLE = 400;
/** A virtualised row's height in px (one line of 12 px text with its padding and border). */
const ROW_HEIGHT = 22;
/** Rows drawn beyond the visible ones, above and below, so a quick scroll shows no gap. */
const OVERSCAN = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, minHeight: 0, gap: tokens.spacingVerticalS },
  tabs: { overflowX: 'auto', flexShrink: 0, flexWrap: 'nowrap', '& button': { flexShrink: 0 } },
  scroller: { overflow: 'auto', flexGrow: 1, minHeight: '200px', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#ffffff' },
  table: { borderCollapse: 'collapse', fontSize: '12px', color: '#1f1f1f', fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", SimSun, sans-serif' },
  head: { position: 'sticky', top: 0, backgroundColor: '#f3f3f3', color: '#424242', fontWeight: 'normal', border: '1px solid #d6d6d6', padding: '2px 6px', zIndex: 1 },
  rowHead: { position: 'sticky', left: 0, backgroundColor: '#f3f3f3', color: '#424242', fontWeight: 'normal', border: '1px solid #d6d6d6', padding: '2px 6px', textAlign: 'right', whiteSpace: 'nowrap' },
  // As wide as a spreadsheet's column at least: a narrow window scrolls the sheet rather than squeezing its text.
  cell: { border: '1px solid #e0e0e0', padding: '2px 6px', verticalAlign: 'middle', minWidth: '64px', maxWidth: '280px', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  // A number is one token, as in a spreadsheet: never split over two lines ("1,505,492.0 / 0").
  number: { textAlign: 'right', whiteSpace: 'nowrap', overflowWrap: 'normal' },
  // Virtualised rows are one line each, so the spacers' heights are exact.
  line: { height: `${ROW_HEIGHT}px`, boxSizing: 'border-box', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', padding: '0 6px' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export function SheetViewer({ host, strings }: { host: WorkbookHost; strings: Strings }) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
  const grid = host.grid(host.active);
  const virtual = grid.rows.length > DRAWN_WHOLE;
  const selected = host.selected?.sheet === host.active ? host.selected : null;
  const [first, setFirst] = useState(0); // the first row drawn, when virtualised
  const reveal = useRef(false); // the selection moved and is not yet scrolled into view
  const visibleRows = () => Math.ceil((scroller.current?.clientHeight ?? 600) / ROW_HEIGHT);
  const count = virtual ? visibleRows() + 2 * OVERSCAN : grid.rows.length;

  // Another sheet starts at its top, unless a selection on it says where (the next effect, which runs after).
  useLayoutEffect(() => {
    setFirst(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [host.active]);
  // The active sheet's tab in view, however many sheets the strip holds: the strip itself is scrolled (never
  // the page, as scrollIntoView would), after layout. The tab is found by its sheet, not by aria-selected,
  // which Fluent's tabs update in a later pass than this one.
  useLayoutEffect(() => {
    const strip = tabs.current;
    const tab = strip && Array.from(strip.querySelectorAll<HTMLElement>('[data-sheet]')).find((t) => t.dataset.sheet === host.active);
    if (!strip || !tab) return;
    const box = strip.getBoundingClientRect();
    const at = tab.getBoundingClientRect();
    if (at.left < box.left) strip.scrollLeft -= box.left - at.left;
    else if (at.right > box.left + strip.clientWidth) strip.scrollLeft += Math.min(at.right - box.left - strip.clientWidth, at.left - box.left);
  }, [host.active, host.sheetNames.length]);
  // A new selection: in a virtualised sheet, first bring its rows into the page.
  useLayoutEffect(() => {
    if (!selected) return;
    reveal.current = true;
    if (virtual && scroller.current) {
      scroller.current.scrollTop = Math.max(0, (selected.row - visibleRows() / 2) * ROW_HEIGHT);
      setFirst(Math.max(0, selected.row - Math.floor(visibleRows() / 2) - OVERSCAN));
    }
    // Only a new cell moves the view: the same cell selected again, or the sheet growing, must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected?.sheet, selected?.row, selected?.col]);
  useEffect(() => {
    if (reveal.current && selectedRef.current) {
      reveal.current = false;
      selectedRef.current.scrollIntoView({ block: virtual ? 'nearest' : 'center', inline: 'center' }); // (newer Chromium returns a promise: not a cleanup)
    }
  });

  const onScroll = () => {
    if (!virtual || !scroller.current) return;
    const top = Math.max(0, Math.floor(scroller.current.scrollTop / ROW_HEIGHT) - OVERSCAN);
    if (Math.abs(top - first) >= OVERSCAN / 2) setFirst(top);
  };
  const from = virtual ? Math.min(first, Math.max(0, grid.rows.length - count)) : 0;
  return (
    <section className={styles.root} aria-label={strings.web.sheetView(host.active)}>
      <TabList ref={tabs} className={styles.tabs} size="small" aria-label={strings.web.sheetTabs} selectedValue={host.active} onTabSelect={(_, d) => host.activate(String(d.value))}>
        {host.sheetNames.map((name) => (
          <Tab key={name} value={name} data-sheet={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={strings.web.sheetView(host.active)} onScroll={onScroll}>
        <SheetTable grid={grid} host={host} selected={selected} selectedRef={selectedRef} from={from} to={Math.min(grid.rows.length, from + count)} virtual={virtual} />
      </div>
    </section>
  );
}

interface TableProps {
  grid: SheetGrid;
  host: WorkbookHost;
  selected: { row: number; col: number } | null;
  selectedRef: React.RefObject<HTMLTableCellElement>;
  /** The rows drawn, [from, to); the others are spacers when virtualised. */
  from: number;
  to: number;
  virtual: boolean;
}

function SheetTable({ grid, host, selected, selectedRef, from, to, virtual }: TableProps) {
  const styles = useStyles();
  let cols = 1; // rows may be holes (blank rows), which a spread would turn into NaN
  for (let r = 0; r < grid.rows.length; r++) cols = Math.max(cols, grid.rows[r]?.length ?? 0);
  for (const m of grid.merges) cols = Math.max(cols, m.right + 1);
  // Cells a merge covers (other than its top-left) are not drawn; the top-left spans them. A merge cut by the
  // edge of the drawn rows starts again at the first drawn row.
  const covered = new Set<number>();
  const spans = new Map<number, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges) {
    if (m.bottom < from || m.top >= to) continue;
    const top = Math.max(m.top, from);
    const bottom = Math.min(m.bottom, to - 1);
    spans.set(top * 16384 + m.left, { rowSpan: bottom - top + 1, colSpan: m.right - m.left + 1 });
    for (let r = top; r <= bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== top || c !== m.left) covered.add(r * 16384 + c);
  }
  const spacer = (rows: number, key: string) => rows > 0 && (
    <tr key={key} aria-hidden="true">
      <td colSpan={cols + 1} style={{ height: `${rows * ROW_HEIGHT}px`, padding: 0, border: 0 }} />
    </tr>
  );
  return (
    <table className={styles.table} aria-rowcount={grid.rows.length + 1}>
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
        {virtual && spacer(from, 'above')}
        {Array.from({ length: to - from }, (_, i) => {
          const r = from + i;
          return (
            <tr key={r} aria-rowindex={r + 2}>
              <th scope="row" className={mergeClasses(styles.rowHead, virtual && styles.line)}>
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const key = r * 16384 + c;
                if (covered.has(key)) return null;
                const cell = grid.rows[r]?.[c];
                const isSelected = selected?.row === r && selected.col === c;
                const fill = host.fillAt(grid.name, r, c);
                const className = [styles.cell, typeof cell?.value === 'number' ? styles.number : '', virtual ? styles.line : '', isSelected ? styles.selected : ''].join(' ');
                return (
                  <td key={c} {...spans.get(key)} data-cell={`${columnName(c)}${r + 1}`} className={className} style={fill ? { backgroundColor: fill } : undefined} ref={isSelected ? selectedRef : undefined} data-selected={isSelected || undefined}>
                    {displayText(cell)}
                  </td>
                );
              })}
            </tr>
          );
        })}
        {virtual && spacer(grid.rows.length - to, 'below')}
      </tbody>
    </table>
  );
}
