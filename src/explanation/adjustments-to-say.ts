import { ADJUSTMENT_KINDS } from "../codes/adjustment-kinds.js";
import type { Adjustment } from "../trace/adjustment-schema.js";
import type { LocalizedText } from "../values/primitives.js";

/**
 * The adjustments a reader still needs in words: each one whose own message says more than its kind's words (the due
 * date and the law of a premium deducted, the tier's cap), once per message, unless `told` (the reasons the text
 * lists) says it already. The amount's line names every adjustment by its kind; these follow it as sentences.
 */
export function adjustmentsToSay<Item extends Pick<Adjustment, "kind" | "message">>(adjustments: readonly Item[], locale: keyof LocalizedText, told: ReadonlySet<string>): Item[] {
  const said = new Set<string>();
  const result: Item[] = [];
  for (const adjustment of adjustments) {
    const message = adjustment.message[locale];
    if (message === ADJUSTMENT_KINDS[adjustment.kind].message[locale] || told.has(message) || said.has(message)) continue;
    said.add(message);
    result.push(adjustment);
  }
  return result;
}
