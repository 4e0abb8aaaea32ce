import type { Outcome } from "../codes/outcomes.js";
import { sha256Hex } from "../hashing/sha256-hex.js";
import { toMoney } from "../money/money.js";
import type { DecisionSampling } from "./decision-sampling-schema.js";
import type { SamplingConfig, SamplingSegment } from "./sampling-config-schema.js";

/** What a decision's segment is chosen from. */
export interface SampleCandidate {
  readonly claimId: string;
  readonly product: string;
  readonly outcome: Outcome;
  readonly payable: string;
  readonly billed: string;
}

const SIX_DECIMALS = 1_000_000;
const TWO_TO_THE_32 = 4_294_967_296;

/**
 * A claim's draw: the first 32 bits of SHA-256(`seed` + "\n" + `claimId`) as a fraction of 2³², cut to six decimals
 * (`"0.482913"`). Pure and the same everywhere: an auditor recomputes it with any SHA-256.
 *
 * @example
 * sampleDraw("2026-Q3", "CLM-2026-0715-0031") //=> "0.…" (always the same six digits for this seed and claim)
 */
export function sampleDraw(seed: string, claimId: string): string {
  const first32 = Number.parseInt(sha256Hex(`${seed}\n${claimId}`).slice(0, 8), 16);
  // Exact: first32 × 10⁶ < 2⁵³, and dividing by 2³² only moves the exponent.
  const micro = Math.floor((first32 * SIX_DECIMALS) / TWO_TO_THE_32);
  return `0.${String(micro).padStart(6, "0")}`;
}

function inBand(amount: string, atLeast: string | undefined, below: string | undefined): boolean {
  const value = toMoney(amount);
  return (atLeast === undefined || value.greaterThanOrEqualTo(atLeast)) && (below === undefined || value.lessThan(below));
}

/** Whether a decision falls in a segment: every condition given holds. */
export function segmentHolds(segment: SamplingSegment, candidate: SampleCandidate): boolean {
  const { when } = segment;
  return (
    (when.products === undefined || (when.products as readonly string[]).includes(candidate.product)) &&
    (when.outcomes === undefined || when.outcomes.includes(candidate.outcome)) &&
    inBand(candidate.payable, when.payableAtLeast, when.payableBelow) &&
    inBand(candidate.billed, when.billedAtLeast, when.billedBelow)
  );
}

/**
 * Whether the quality sample picks a straight-through decision: its segment is the first that holds, and it is
 * sampled when its draw is below the segment's rate (both have at most six decimals, so the comparison is exact).
 *
 * @example
 * drawSample({ seed: "2026-Q3", segments: [{ id: "all", when: {}, rate: "1" }] }, candidate).sampled //=> true
 */
export function drawSample(config: SamplingConfig, candidate: SampleCandidate): DecisionSampling {
  const segment = config.segments.find((entry) => segmentHolds(entry, candidate));
  const draw = sampleDraw(config.seed, candidate.claimId);
  const rate = segment?.rate ?? "0";
  return {
    sampled: toMoney(draw).lessThan(rate),
    ...(segment !== undefined ? { segment: segment.id, ...(segment.name !== undefined ? { segmentName: segment.name } : {}) } : {}),
    rate,
    draw,
    product: candidate.product,
  };
}
