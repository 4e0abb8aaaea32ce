import type { ClaimInvoice } from "../claim/claim-invoices.js";
import type { Claim } from "../claim/claim-schema.js";
import type { ClaimPlace } from "../ledger/counters-view.js";
import type { Ledger } from "../ledger/ledger-schema.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import type { FilledText } from "../trace/make-text.js";
import type { LocalizedText } from "../values/primitives.js";

/** A flag the decision raised, as the risk score reads it. */
export interface RiskFlag {
  /** The `flag` rule that raised it; absent for the library's own flags. */
  readonly ruleId?: string | undefined;
  readonly reasonCode: string;
  readonly severity: "low" | "medium" | "high";
  readonly message: LocalizedText;
}

/** What the indicators are computed from: the claim, its policy and history, its facts, and what the decision made of it. */
export interface RiskInput {
  readonly claim: Claim;
  readonly policy: CompiledPolicy;
  /** The policy's claim history before this decision. */
  readonly ledger: Ledger;
  readonly place: ClaimPlace;
  /** The claim's facts (an external model's score is read from them by name). */
  readonly facts: FactValues;
  readonly flags: readonly RiskFlag[];
  /** The decision's amounts, in the policy's currency. */
  readonly billed: string;
  readonly payable: string;
  /** The claim's invoices (`claimInvoices`). */
  readonly invoices: readonly ClaimInvoice[];
}

/** What one indicator found: whether it fired, the evidence either way, and what to check when it did. */
export interface IndicatorFinding {
  readonly fired: boolean;
  readonly evidence: readonly [FilledText, ...FilledText[]];
  readonly check?: FilledText;
}
