import { claimInvoices } from "../claim/claim-invoices.js";
import type { Claim } from "../claim/claim-schema.js";
import type { ClaimPlace } from "../ledger/counters-view.js";
import type { Ledger } from "../ledger/ledger-schema.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { DecisionRisk } from "../risk/decision-risk-schema.js";
import type { RiskFlag } from "../risk/risk-input.js";
import { scoreRisk } from "../risk/score-risk.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import type { Operations } from "./operations-schema.js";

/** The decision as the operations read it: its outcome, amounts and flags. */
export interface DecidedClaim {
  readonly billed: string;
  readonly payable: string;
  readonly flags: readonly RiskFlag[];
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
}

/** The risk score of a decided claim, as the operations configuration asks for it. */
export function applyOperations(operations: Operations, input: ApplyOperationsInput): OperationsResult {
  const { claim, policy, ledger, place, facts, decision } = input;
  const risk =
    operations.risk === undefined
      ? undefined
      : scoreRisk(operations.risk, { claim, policy, ledger, place, facts, flags: decision.flags, billed: decision.billed, payable: decision.payable, invoices: claimInvoices(claim, policy.minorUnits) });
  return { ...(risk !== undefined ? { risk } : {}) };
}
