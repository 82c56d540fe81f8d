/** A rule's Chinese name by its id (`number-as-text` → 数字以文本存储), wherever the rules are kept. */
import { RULES } from './rules';

export function ruleTitle(id: string): string | null {
  return (RULES as Record<string, { title: string } | undefined>)[id]?.title ?? null;
}
