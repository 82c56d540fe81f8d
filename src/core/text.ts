/**
 * Text as users type it into forms: full-width digits and punctuation, stray spaces and line breaks inside
 * labels (`一级\n指标`). `norm` folds all of that away so that labels can be compared; it never changes the
 * Chinese characters themselves.
 */
export function norm(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

/** NFKC only: keeps spaces, for texts shown back to the user. */
export function fold(text: string): string {
  return text.normalize('NFKC').trim();
}

/** `label` at the start of `text`, followed by nothing, a colon, or the value. Returns the rest, or null. */
export function afterLabel(normText: string, normLabel: string): string | null {
  if (!normText.startsWith(normLabel)) return null;
  return normText.slice(normLabel.length).replace(/^[:：]/, '');
}
