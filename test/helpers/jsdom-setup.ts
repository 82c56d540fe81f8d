/** jsdom lays nothing out, so it has no ResizeObserver; Fluent's TabList needs one. Nothing ever resizes here. */
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;
}
