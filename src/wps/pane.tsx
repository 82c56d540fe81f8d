/** The pane in WPS: the same App over the WPS host, with a button that hides the task pane WPS opened. */
import type { Root } from 'react-dom/client';
import { App } from '../pane/App';
import { TASKPANE_ID_KEY } from './ribbon-keys';
import { createWpsHost } from './wps-host';

interface WpsShell {
  PluginStorage?: { getItem(key: string): string | null };
  GetTaskPane?(id: number | string): { Visible: boolean };
}

export function startWpsPane(view: Root, application: unknown): void {
  const shell = application as WpsShell;
  const hide = () => {
    const id = shell.PluginStorage?.getItem(TASKPANE_ID_KEY);
    if (id && shell.GetTaskPane) shell.GetTaskPane(Number(id)).Visible = false;
  };
  view.render(<App host={createWpsHost(application as never)} language={navigator.language} onHide={shell.GetTaskPane ? hide : undefined} />);
}
