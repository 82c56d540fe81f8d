// jsdom 20 has no TextDecoder (every browser and Node have one): the .xlsx reader the component tests load
// their fixtures with needs it.
if (typeof globalThis.TextDecoder === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (globalThis as { TextDecoder: unknown }).TextDecoder = (require('node:util') as typeof import('node:util')).TextDecoder;
}

/** jsdom lays nothing out, so it has no ResizeObserver; Fluent's TabList needs one. Nothing ever resizes here. */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;
}

// Testing Library gives up on findBy…/waitFor after one second by default: on a busy machine a lazy panel can
// take longer to load. Waits end when the text appears; jest's limit ends a real hang.
// Role queries skip their visibility test (`defaultHidden`): in jsdom it computes each element's style from
// every Fluent CSS rule inserted so far, which made one query take seconds and the pane suites a minute, and
// jsdom lays nothing out to be hidden. What a user can see is checked in Chromium (test/e2e).
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require('@testing-library/dom') as typeof import('@testing-library/dom');
  configure({ asyncUtilTimeout: 600_000, defaultHidden: true });
}
