import type { Outcome } from "../codes/outcomes.js";
import { ValidationError } from "../errors/validation-error.js";
import { contentHash } from "../hashing/content-hash.js";
import { OperationsSchema } from "./operations-schema.js";
import { safeParseInput } from "../values/parse-input.js";
import type { DecisionSampling } from "../sampling/decision-sampling-schema.js";
import { drawSample } from "../sampling/draw-sample.js";

/** What reproducing a decision's sample reads of it. */
export interface SampledDecision {
  readonly claimId: string;
  readonly outcome: Outcome;
  readonly payable: string;
  readonly billed: string;
  readonly sampling?: DecisionSampling | undefined;
  /** The policy's product, for a decision recorded with no sampling (a decision does not name its product elsewhere). */
  readonly product?: string | undefined;
  /** Read to find a straight-through decision recorded without its draw. */
  readonly routing?: { readonly straightThrough: boolean } | undefined;
  readonly meta: { readonly decisionId: string; readonly operationsHash?: string | undefined };
}

/** One decision of the sample as recorded and as the configuration gives it again. */
export interface SampleAuditEntry {
  readonly claimId: string;
  readonly decisionId: string;
  /** What the decision recorded; null for a straight-through decision recorded with no sampling at all. */
  readonly recorded: DecisionSampling | null;
  readonly reproduced: DecisionSampling;
  /** The recorded choice, segment, rate and draw are those reproduced. */
  readonly agrees: boolean;
}

/** An auditor's reproduction of the quality sample. */
export interface SampleAudit {
  /** Decisions made with this configuration that are straight through (with a recorded sampling, or routed straight through). */
  readonly considered: number;
  /** Those the configuration samples, in the order given. */
  readonly sampled: readonly SampleAuditEntry[];
  /** Those whose recorded sampling is not the one reproduced, and straight-through decisions recorded with none. */
  readonly disagreements: readonly SampleAuditEntry[];
  /** Decisions made with another operations configuration (another `meta.operationsHash`): left out. */
  readonly otherConfiguration: number;
  /** Decisions with no sampling that are not straight through, or were made with no operations configuration: left out. */
  readonly withoutSampling: number;
}

/**
 * Reproduces the quality sample (抽检) from the decisions and the operations configuration they were made with:
 * each straight-through decision's segment and draw are computed again from its claim id, product, outcome and
 * amounts, and compared with what the decision recorded. A decision the routing sent straight through that carries
 * no sampling is a disagreement too (its draw was dropped). Only decisions whose `meta.operationsHash` is this
 * configuration's are considered. Pure: it reads nothing but its arguments.
 *
 * @param operations - the operations configuration (JSON), with `sampling`
 * @param decisions - decisions, e.g. parsed from NDJSON, in any order
 * @throws {ValidationError} when the configuration is not valid or has no `sampling`
 * @example
 * const audit = await reproduceSample(operations, decisions);
 * audit.sampled.map((entry) => entry.claimId) //=> ["CLM-2026-0715-0031", …]
 */
export async function reproduceSample(operations: unknown, decisions: Iterable<SampledDecision> | AsyncIterable<SampledDecision>): Promise<SampleAudit> {
  const parsed = safeParseInput(OperationsSchema, operations, "operations");
  if (!parsed.ok) throw new ValidationError("operations configuration", parsed.issues);
  const config = parsed.value.sampling;
  if (config === undefined) throw new ValidationError("operations configuration", [{ code: "invalid_input", path: ["operations", "sampling"], message: "the configuration has no sampling to reproduce" }]);
  const hash = contentHash(parsed.value);
  let considered = 0;
  let otherConfiguration = 0;
  let withoutSampling = 0;
  const sampled: SampleAuditEntry[] = [];
  const disagreements: SampleAuditEntry[] = [];
  for await (const decision of decisions) {
    const recorded = decision.sampling;
    const dropped = recorded === undefined && decision.routing?.straightThrough === true && decision.meta.operationsHash === hash;
    if (recorded === undefined && !dropped) {
      withoutSampling++;
      continue;
    }
    if (decision.meta.operationsHash !== hash) {
      otherConfiguration++;
      continue;
    }
    considered++;
    const reproduced = drawSample(config, { claimId: decision.claimId, product: recorded?.product ?? (decision.product || "unknown"), outcome: decision.outcome, payable: decision.payable, billed: decision.billed });
    const agrees = recorded !== undefined && reproduced.sampled === recorded.sampled && reproduced.segment === recorded.segment && reproduced.rate === recorded.rate && reproduced.draw === recorded.draw;
    const entry = { claimId: decision.claimId, decisionId: decision.meta.decisionId, recorded: recorded ?? null, reproduced, agrees };
    if (reproduced.sampled) sampled.push(entry);
    if (!agrees) disagreements.push(entry);
  }
  return { considered, sampled, disagreements, otherConfiguration, withoutSampling };
}
