/** The pane's entry in Excel: wait for Office, then render the pane over the Excel host. */
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/excel-host';
import { App } from './App';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const dark = Boolean(Office.context.officeTheme?.isDarkTheme);
  createRoot(root).render(<App host={createExcelHost(Excel, Office)} language={Office.context.displayLanguage} dark={dark} />);
});
