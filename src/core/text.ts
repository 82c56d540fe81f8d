/**
 * Text as users type it into forms: full-width digits and punctuation, stray spaces and line breaks inside
 * labels (`一级\n指标`). `norm` folds all of that away so that labels can be compared; it never changes the
 * Chinese characters themselves.
 */
const PLAIN = /^[\u4e00-\u9fa5A-Za-z0-9]*$/;
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

export function norm(text: string): string {
  // Most label cells are plain Chinese: nothing to fold, and no need to remember them.
  if (PLAIN.test(text)) return text;
  let folded = memo.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
    if (memo.size >= MEMO_LIMIT) memo.clear(); // the same labels recur form after form; a bound keeps memory flat
    memo.set(text, folded);
  }
  return folded;
}
