/**
 * The store's only contact with the core's ledger API: how a claim is identified before anything is locked, how the
 * policy's stored ledger goes into `adjudicate` and how the new ledger and the revision number come out. When the
 * core's ledger becomes the policy's claim history with revisions (issue 10), this file changes and no other.
 *
 * The ledger is the policy's claim history (`decision.accumulatorsAfter`): passed back as `accumulators`, it makes a
 * claim id it already holds a revision of that claim (the core replaces the claim's earlier effect, never adds to
 * it), numbers the revision, and refuses an invoice already claimed on another claim.
 */
import type { Adjudicator } from "../create-adjudicator.js";
import { ClaimSchema } from "../claim/claim-schema.js";
import type { Decision } from "../decision/decision-schema.js";
import { claimContentHash } from "../claim/claim-content-hash.js";
import { parseInput } from "../values/parse-input.js";
import type { RevisionRequest } from "../intake/validate-claim-input.js";

/** What the store needs to know of a claim before it locks anything. */
export interface ClaimIdentity {
  readonly claimId: string;
  readonly policyId: string;
  /** SHA-256 of the claim as the core reads it (defaults filled in): the decision's `meta.claimHash`. */
  readonly claimHash: string;
  /** The policies whose ledger rows the claim touches, to lock (in sorted order) before adjudicating. */
  readonly ledgerPolicyIds: readonly string[];
}

/**
 * Validates the claim with the core's schema and names it.
 * @throws ValidationError, paths under `claim.…`, before any transaction starts
 */
export function identifyClaim(claimInput: unknown): ClaimIdentity {
  const claim = parseInput(ClaimSchema, claimInput, "claim");
  return { claimId: claim.id, policyId: claim.policyId, claimHash: claimContentHash(claim), ledgerPolicyIds: [claim.policyId] };
}

/** The claim's latest recorded revision, when the store already holds the claim. */
export interface LatestRevision {
  readonly revision: number;
  readonly claimHash: string;
  readonly decision: unknown;
}

/** A decision made against a ledger, and what to write back. */
export interface LedgerOutcome {
  readonly decision: Decision;
  /** The policy's ledger after the decision, to store in place of the one passed in. */
  readonly ledgerAfter: unknown;
  /** This decision's revision of its claim: 1 for a claim decided the first time. */
  readonly revision: number;
  readonly outcome: string;
  /** The amount the decision pays, a decimal string in the policy's currency. */
  readonly payable: string;
  readonly currency: string;
  readonly decisionId: string;
}

/**
 * Decides a claim against the policy's stored ledger (`null` before the policy's first claim). A claim the store
 * already holds (with other content: the same content never gets here) is decided again as its next revision, for
 * the reason the caller gives (`re_adjudication` by default).
 * @throws ValidationError when the claim or the stored ledger is not valid for the policy
 */
export async function adjudicateOnLedger(
  adjudicator: Adjudicator,
  claimInput: unknown,
  context: { readonly asOf: string; readonly ledger: unknown; readonly latest: LatestRevision | undefined; readonly claimId: string; readonly revision?: RevisionRequest | undefined },
): Promise<LedgerOutcome> {
  const revision = context.latest === undefined ? undefined : (context.revision ?? { reason: "re_adjudication" as const });
  const decision = await adjudicator.adjudicate(claimInput, {
    asOf: context.asOf,
    ...(context.ledger === null ? {} : { accumulators: context.ledger as never }),
    ...(revision !== undefined ? { revision } : {}),
  });
  return {
    decision,
    ledgerAfter: decision.accumulatorsAfter,
    revision: decision.revision.number,
    outcome: decision.outcome,
    payable: decision.payable,
    currency: decision.currency,
    decisionId: decision.meta.decisionId,
  };
}
