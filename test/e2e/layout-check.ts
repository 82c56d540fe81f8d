/**
 * What "fits" means for the pane and the page, measured in the browser: nothing runs past the right edge
 * of the window (unless inside a box that scrolls, like the sheet view), no box spills or clips its content
 * sideways, and no text is squeezed into a column of one or two characters per line.
 */
import type { Page } from 'playwright-core';

export async function layoutProblems(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} class="${String(el.getAttribute('class') ?? '').slice(0, 40)}">${text}`;
    };
    const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const shown = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      // Visually hidden helpers (1 px boxes for screen readers) and Fluent's reserved-space copies are no text a user sees.
      return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 1 && r.height > 1 && !el.closest('[aria-hidden="true"], [hidden]');
    };
    if (document.documentElement.scrollWidth > vw + 1) problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${vw} px window`);
    for (const el of root.querySelectorAll('*')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (!inScroller(el) && (r.right > vw + 0.5 || r.left < -0.5)) problems.push(`outside the window (${Math.round(r.left)}–${Math.round(r.right)} of ${vw}): ${describe(el)}`);
      const html = el as HTMLElement;
      if (!scrolls(el) && html.clientWidth > 0 && html.scrollWidth > html.clientWidth + 1) problems.push(`content ${html.scrollWidth} px wide in a ${html.clientWidth} px box: ${describe(el)}`);
    }
    // Text broken one or two characters per line: a text node of n characters laid out on about n/2 lines or more.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      if (text.length < 4 || !node.parentElement || !shown(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
      if (lines >= 3 && lines * 2 >= text.length) problems.push(`“${text.slice(0, 20)}” broken over ${lines} lines: ${describe(node.parentElement)}`);
    }
    return problems;
  }, within);
}
