/**
 * Which spreadsheet the pane runs in, decided in this one place: Excel (Office.js answers that its host is
 * Excel), then WPS (its ET object model is on the page), then a plain browser (an .xlsx file opened in the page).
 */
export type HostEnvironment = { kind: 'excel' } | { kind: 'wps'; application: unknown } | { kind: 'browser' };

interface PageGlobals {
  Office?: { onReady?: (callback?: (info: { host: unknown }) => void) => Promise<{ host: unknown }>; HostType?: { Excel?: unknown } };
  Application?: unknown;
  wps?: { EtApplication?: unknown };
}

export async function detectHost(page: PageGlobals): Promise<HostEnvironment> {
  const office = page.Office;
  if (office && typeof office.onReady === 'function') {
    const info = await office.onReady();
    if (info && info.host && info.host === (office.HostType?.Excel ?? 'Excel')) return { kind: 'excel' };
  }
  const application = etApplicationOf(page);
  if (application) return { kind: 'wps', application };
  return { kind: 'browser' };
}

/**
 * WPS's ET application: `window.Application` on current builds, `wps.EtApplication()` on older ones (a property
 * on some). Anything else called Application (a page's own global) does not count: ET's has workbooks.
 */
export function etApplicationOf(page: PageGlobals): unknown {
  const looksLikeEt = (app: unknown) => typeof app === 'object' && app !== null && ('ActiveWorkbook' in app || 'Workbooks' in app);
  if (looksLikeEt(page.Application)) return page.Application;
  const legacy = page.wps?.EtApplication;
  const app = typeof legacy === 'function' ? (legacy as () => unknown).call(page.wps) : legacy;
  return looksLikeEt(app) ? app : null;
}
