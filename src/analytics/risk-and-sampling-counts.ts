import Decimal from "decimal.js";
import { Dec, ZERO } from "../money/money.js";
import type { LocalizedText } from "../values/primitives.js";
import { idLabel } from "./analytics-labels.js";
import type { RiskFigures, SamplingFigures } from "./analytics-report.js";
import { byCountThenKey, type DecisionContext } from "./decision-context.js";
import { rate } from "./group-accumulator.js";

/** A straight-through decision that fell in no segment of the sampling (its rate is 0). */
const NO_SEGMENT: LocalizedText = { zh: "未落入任何分层", en: "In no segment" };

/** Risk scores (`decision.risk`) and the QA sample (`decision.sampling`), when decisions carry them. */
export class RiskAndSamplingCounts {
  #scored = 0;
  #scoreSum: Decimal = ZERO;
  readonly #levels = new Map<string, number>();
  readonly #indicators = new Map<string, { label: LocalizedText; decisions: number; total: Decimal }>();
  #considered = 0;
  #sampled = 0;
  readonly #segments = new Map<string, { label: LocalizedText; rate: string | null; considered: number; sampled: number }>();

  add({ extensions }: DecisionContext): void {
    const { risk, sampling } = extensions;
    if (risk !== undefined) {
      this.#scored++;
      this.#scoreSum = this.#scoreSum.plus(new Dec(risk.score));
      if (risk.level !== undefined) this.#levels.set(risk.level, (this.#levels.get(risk.level) ?? 0) + 1);
      for (const indicator of risk.indicators) {
        const contribution = new Dec(indicator.contribution);
        if (contribution.isZero()) continue;
        const count = this.#indicators.get(indicator.id) ?? { label: indicator.name ?? idLabel(indicator.id), decisions: 0, total: ZERO };
        count.decisions++;
        count.total = count.total.plus(contribution);
        this.#indicators.set(indicator.id, count);
      }
    }
    if (sampling !== undefined) {
      this.#considered++;
      if (sampling.sampled) this.#sampled++;
      const segment = sampling.segment ?? "";
      const count = this.#segments.get(segment) ?? { label: sampling.segmentName ?? (segment === "" ? NO_SEGMENT : idLabel(segment)), rate: sampling.rate, considered: 0, sampled: 0 };
      if (count.rate !== sampling.rate) count.rate = null;
      count.considered++;
      if (sampling.sampled) count.sampled++;
      this.#segments.set(segment, count);
    }
  }

  risk(): RiskFigures {
    return {
      available: this.#scored > 0,
      scored: this.#scored,
      averageScore: this.#scored === 0 ? null : this.#scoreSum.div(this.#scored).toDecimalPlaces(2).toString(),
      byLevel: [...this.#levels.entries()].map(([level, decisions]) => ({ level, decisions })).sort(byCountThenKey((row) => row.decisions, (row) => row.level)),
      indicators: [...this.#indicators.entries()]
        .map(([id, count]) => ({ id, label: count.label, decisions: count.decisions, totalContribution: count.total.toString() }))
        .sort(byCountThenKey((row) => row.decisions, (row) => row.id)),
    };
  }

  sampling(): SamplingFigures {
    return {
      available: this.#considered > 0,
      considered: this.#considered,
      sampled: this.#sampled,
      sampledRate: rate(this.#sampled, this.#considered),
      bySegment: [...this.#segments.entries()].map(([segment, count]) => ({ segment, ...count, sampledRate: rate(count.sampled, count.considered) })).sort(byCountThenKey((row) => row.considered, (row) => row.segment)),
    };
  }
}
