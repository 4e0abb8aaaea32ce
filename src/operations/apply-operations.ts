import { claimInvoices } from "../claim/claim-invoices.js";
import type { Claim } from "../claim/claim-schema.js";
import type { ClaimPlace } from "../ledger/counters-view.js";
import type { Ledger } from "../ledger/ledger-schema.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { DecisionRisk } from "../risk/decision-risk-schema.js";
import type { RiskFlag } from "../risk/risk-input.js";
import type { Outcome } from "../codes/outcomes.js";
import type { DecisionRouting } from "../routing/decision-routing-schema.js";
import { routeClaim } from "../routing/route-claim.js";
import type { DecisionSampling } from "../sampling/decision-sampling-schema.js";
import { drawSample } from "../sampling/draw-sample.js";
import { scoreRisk } from "../risk/score-risk.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import type { Operations } from "./operations-schema.js";

/** The decision as the operations read it: its outcome, amounts, reasons, flags and rules. */
export interface DecidedClaim {
  readonly outcome: Outcome;
  readonly billed: string;
  readonly payable: string;
  readonly reasons: readonly { readonly code: string }[];
  readonly flags: readonly RiskFlag[];
  readonly triggeredRules: readonly { readonly reasonCode: string }[];
  readonly automation: { readonly humanConfirmationRequired: boolean };
}

export interface ApplyOperationsInput {
  readonly claim: Claim;
  readonly policy: CompiledPolicy;
  readonly ledger: Ledger;
  readonly place: ClaimPlace;
  readonly facts: FactValues;
  readonly decision: DecidedClaim;
}

/** What the operations add to a decision. */
export interface OperationsResult {
  readonly risk?: DecisionRisk;
  readonly routing?: DecisionRouting;
  readonly sampling?: DecisionSampling;
}

/**
 * The risk score of a decided claim, where it goes, and whether the quality sample picks it, as the operations
 * configuration asks for them. Only straight-through decisions are sampled (with no routing: those that determine
 * the claim without a person confirming them).
 */
export function applyOperations(operations: Operations, input: ApplyOperationsInput): OperationsResult {
  const { claim, policy, ledger, place, facts, decision } = input;
  const risk =
    operations.risk === undefined
      ? undefined
      : scoreRisk(operations.risk, { claim, policy, ledger, place, facts, flags: decision.flags, billed: decision.billed, payable: decision.payable, invoices: claimInvoices(claim, policy.minorUnits) });
  const routing =
    operations.routing === undefined
      ? undefined
      : routeClaim(operations.routing, {
          outcome: decision.outcome,
          humanConfirmationRequired: decision.automation.humanConfirmationRequired,
          payable: decision.payable,
          billed: decision.billed,
          reasonCodes: decision.reasons.map((reason) => reason.code),
          codes: [...decision.reasons.map((reason) => reason.code), ...decision.flags.map((flag) => flag.reasonCode), ...decision.triggeredRules.map((rule) => rule.reasonCode)],
          flags: decision.flags,
          risk,
          product: policy.source.product,
          currency: policy.source.currency.code,
        });
  const determines = decision.outcome === "approved" || decision.outcome === "partially_approved" || decision.outcome === "denied";
  const straightThrough = routing?.straightThrough ?? (determines && !decision.automation.humanConfirmationRequired);
  const sampling =
    operations.sampling === undefined || !straightThrough
      ? undefined
      : drawSample(operations.sampling, { claimId: claim.id, product: policy.source.product, outcome: decision.outcome, payable: decision.payable, billed: decision.billed });
  return { ...(risk !== undefined ? { risk } : {}), ...(routing !== undefined ? { routing } : {}), ...(sampling !== undefined ? { sampling } : {}) };
}
