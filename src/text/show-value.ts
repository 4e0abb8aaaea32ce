import type { Locale } from "./format-amount.js";

/** How many entries of a long list a reader sees before "… and 64 more". */
export const LIST_SHOWN = 8;

/**
 * A rule's value or a fact's as a trace shows it: a string as it is, anything else as JSON, and a list longer than
 * ten entries cut to its first eight and a count (a rule's 72 ICD-10 codes are not evidence a reader can use;
 * the rule set holds them all).
 *
 * @example
 * showValue(["X60", "X61", "X62", "X63", "X64", "X65", "X66", "X67", "X68", "X69", "X70"], "en")
 * //=> '["X60","X61","X62","X63","X64","X65","X66","X67", … and 3 more]'
 */
export function showValue(value: unknown, locale: Locale): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length > 10) {
    const shown = JSON.stringify(value.slice(0, LIST_SHOWN)).slice(0, -1);
    const more = value.length - LIST_SHOWN;
    return `${shown}, ${locale === "zh" ? `… 等共 ${value.length} 项` : `… and ${more} more`}]`;
  }
  return JSON.stringify(value);
}
