/**
 * The WPS add-in's entry page script: the ribbon callbacks ribbon.xml names. WPS looks them up as globals on
 * this page. The button opens the pane (the same built pane as Excel's, from pane.html) in a WPS task pane,
 * or shows/hides the one already open; its id is kept in PluginStorage, which the add-in's pages share.
 * ribbon.xml (one tab, one button) starts with `<customUI`, with no XML declaration or comment before it, as
 * the ribbon.xml of Kingsoft's wpsjs templates does (docs/hosts.md, "WPS").
 */
import { TASKPANE_ID_KEY } from './ribbon-keys';

interface TaskPane {
  ID: number;
  Visible: boolean;
  DockPosition: number;
}

interface WpsRibbonHost {
  PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane | null;
  ribbonUI?: unknown;
}

/** msoCTPDockPositionRight: WPS declares the enum only in its typings, so the number is used. */
const DOCK_RIGHT = 2;

const app = () => (window as unknown as { Application: WpsRibbonHost }).Application;

/** The folder this page was loaded from (a local folder for an offline add-in, a server for an online one). */
function baseUrl(): string {
  return location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}

function togglePane(): void {
  const host = app();
  const saved = host.PluginStorage.getItem(TASKPANE_ID_KEY);
  const existing = saved ? host.GetTaskPane(Number(saved)) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = host.CreateTaskPane(`${baseUrl()}pane.html`, '绩效自评助手');
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  host.PluginStorage.setItem(TASKPANE_ID_KEY, String(pane.ID));
}

const callbacks = {
  OnAddinLoad(ribbonUI: unknown): boolean {
    app().ribbonUI = ribbonUI;
    return true;
  },
  OnAction(control: { Id: string }): boolean {
    if (control.Id === 'jixiaoOpen') togglePane();
    return true;
  },
  GetImage(control: { Id: string }): string {
    return control.Id === 'jixiaoOpen' ? 'images/icon-80.png' : '';
  },
  OnGetEnabled(): boolean {
    return true;
  },
  OnGetVisible(): boolean {
    return true;
  },
};

Object.assign(window, callbacks);
