import { daysBetween } from "../dates/iso-date.js";
import type { LocalizedText } from "../values/primitives.js";
import type { PendingDocumentsFigures } from "./analytics-report.js";
import { byCountThenKey, type DecisionContext } from "./decision-context.js";
import { DayQuantiles } from "./day-quantiles.js";

/** The bands of the waiting time, in days: up to a week, two weeks, 30 days, 60 days, longer. */
export const WAITING_BANDS = [7, 14, 30, 60] as const;

/**
 * Claims waiting for documents on `asOf`: pending decisions with no determination recorded since, how long each has
 * waited since the decision that asked for the documents (the consolidated notice of Insurance Law art. 22), and
 * which documents are missing most often.
 */
export class PendingDocumentsCounts {
  readonly #waiting = new DayQuantiles();
  readonly #documents = new Map<string, { label: LocalizedText; decisions: number }>();

  constructor(private readonly asOf: string) {}

  add({ decision, dates }: DecisionContext): void {
    if (decision.outcome !== "pending_documents") return;
    if (dates.determinedOn !== undefined && dates.determinedOn <= this.asOf) return;
    this.#waiting.add(daysBetween(this.asOf, dates.decidedOn));
    const seen = new Set<string>();
    for (const missing of decision.missingDocuments) {
      if (seen.has(missing.documentType)) continue;
      seen.add(missing.documentType);
      const count = this.#documents.get(missing.documentType) ?? { label: missing.description, decisions: 0 };
      count.decisions++;
      this.#documents.set(missing.documentType, count);
    }
  }

  figures(): PendingDocumentsFigures {
    const bands = this.#waiting.bands(WAITING_BANDS);
    return {
      waiting: this.#waiting.count,
      waitingDays: this.#waiting.summary(),
      bands: bands.map((count, index) => ({ upTo: WAITING_BANDS[index] ?? null, count })),
      missingDocuments: [...this.#documents.entries()]
        .map(([documentType, count]) => ({ documentType, label: count.label, decisions: count.decisions }))
        .sort(byCountThenKey((row) => row.decisions, (row) => row.documentType)),
    };
  }
}
