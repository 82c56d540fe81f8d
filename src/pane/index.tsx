/**
 * The pane's one entry, for every host: Excel (taskpane.html, with office.js), WPS (the add-in's pane page) and
 * a plain browser (index.html). The WPS adapter and the browser page, with its xlsx library, are loaded only
 * where they run, so the Excel pane never carries them.
 */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/excel-host';
import { detectHost } from '../host/detect';
import { App } from './App';

const root = document.getElementById('root');

async function start(container: HTMLElement) {
  const environment = await detectHost(window as never);
  const view = createRoot(container);
  if (environment.kind === 'excel') {
    const dark = Boolean(Office.context.officeTheme?.isDarkTheme);
    view.render(<App host={createExcelHost(Excel, Office)} language={Office.context.displayLanguage} dark={dark} />);
  } else if (environment.kind === 'wps') {
    const { startWpsPane } = await import(/* webpackChunkName: "wps" */ '../wps/pane');
    startWpsPane(view, environment.application);
  } else {
    const { WebPage } = await import(/* webpackChunkName: "web" */ '../browser/WebPage');
    view.render(<WebPage />);
  }
}

if (root) void start(root);
