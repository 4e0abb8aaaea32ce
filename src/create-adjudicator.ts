import { z } from "zod";
import { checkCompleteness } from "./completeness/check-completeness.js";
import { checkDocumentRequirements, compileDocumentRequirements } from "./completeness/compile-document-requirements.js";
import { contentHash } from "./decision/content-hash.js";
import { decideClaim } from "./decision/decide-claim.js";
import type { Issue } from "./errors/adjudicator-error.js";
import { AdjudicatorError } from "./errors/adjudicator-error.js";
import { RuleEvaluationError } from "./errors/rule-evaluation-error.js";
import { ValidationError } from "./errors/validation-error.js";
import { checkMinorUnits, checkPolicyAmounts, compilePolicy } from "./policies/compile-policy.js";
import { checkRuleSet, compileRuleSet, evaluateRuleSet, traceRuleSet, type RuleEvaluation } from "./rules/compile-rule-set.js";
import { deriveClaimFacts, deriveLineFacts } from "./rules/derive-facts.js";
import { AccumulatorsSchema, type Accumulators } from "./schemas/accumulators-schema.js";
import { ClaimSchema, type Claim } from "./schemas/claim-schema.js";
import type { Decision } from "./schemas/decision-schema.js";
import { safeParseInput } from "./schemas/parse-input.js";
import { PolicySchema, type Policy } from "./schemas/policy-schema.js";
import { IsoDateSchema } from "./schemas/primitives.js";
import { RuleSetSchema, type RuleSet } from "./schemas/rule-set-schema.js";
import { LIBRARY_VERSION } from "./version.js";
import { formatMoney, ZERO } from "./money/money.js";

export interface AdjudicatorConfig {
  /** Policy JSON (validated against `PolicySchema`). */
  readonly policy: unknown;
  /** Rule set JSON (validated against `RuleSetSchema`). */
  readonly rules: unknown;
}

export const AdjudicateOptionsSchema = z.strictObject({
  /** The date the decision is made; required, the library never reads the clock. */
  asOf: IsoDateSchema,
  /** This policy year's ledger before this claim; a coverage not listed has used nothing. */
  accumulators: AccumulatorsSchema.optional(),
});
export type AdjudicateOptions = z.input<typeof AdjudicateOptionsSchema>;

export interface Adjudicator {
  readonly policy: Policy;
  readonly ruleSet: RuleSet;
  /**
   * Adjudicates one claim. Pure and deterministic: the same claim, options, policy and rules give the same
   * decision, byte for byte. Safe to call concurrently. Throws `ValidationError` for invalid input.
   */
  adjudicate(claim: unknown, options: AdjudicateOptions): Promise<Decision>;
  /**
   * Evaluates every rule of the rule set on a claim, held or not, with the result of every comparison:
   * what rule-coverage reports are built from. Validates like `adjudicate`; decides nothing.
   */
  traceRules(claim: unknown, options: AdjudicateOptions): Promise<RuleEvaluation[]>;
}

/**
 * Validates the policy and the rule set and compiles everything that does not depend on a claim, once.
 *
 * @throws {ValidationError} listing every problem of both inputs with its JSON path (`policy.…`, `rules.…`).
 * @example
 * const adjudicator = createAdjudicator({ policy, rules });
 * const decision = await adjudicator.adjudicate(claim, { asOf: "2026-11-30" });
 * decision.outcome; //=> "approved"
 */
export function createAdjudicator(config: AdjudicatorConfig): Adjudicator {
  const policyResult = safeParseInput(PolicySchema, config.policy, "policy");
  const rulesResult = safeParseInput(RuleSetSchema, config.rules, "rules");
  const issues: Issue[] = [...(policyResult.issues ?? []), ...(rulesResult.issues ?? [])];
  if (policyResult.ok) issues.push(...checkPolicyAmounts(policyResult.value));
  if (!policyResult.ok || !rulesResult.ok || issues.length > 0) throw new ValidationError("policy or rule set", issues);

  const policy = compilePolicy(policyResult.value);
  const ruleSet = rulesResult.value;
  const configurationIssues = [...checkDocumentRequirements(policy), ...checkRuleSet(ruleSet, policy)];
  if (configurationIssues.length > 0) throw new ValidationError("policy or rule set", configurationIssues);

  const rules = compileRuleSet(ruleSet);
  const requirements = compileDocumentRequirements(policy);
  const metaBase = {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    policyHash: contentHash(policy.source),
    ruleSetHash: contentHash(ruleSet),
    libraryVersion: LIBRARY_VERSION,
  };

  function validateClaim(claimInput: unknown, optionsInput: unknown): { claim: Claim; asOf: string; accumulators: Accumulators } {
    const claimResult = safeParseInput(ClaimSchema, claimInput, "claim");
    const optionsResult = safeParseInput(AdjudicateOptionsSchema, optionsInput, "options");
    const found: Issue[] = [...(claimResult.issues ?? []), ...(optionsResult.issues ?? [])];
    const { code, minorUnits } = policy.source.currency;
    const coverageIds = new Set(policy.coverages.map((coverage) => coverage.id));
    if (claimResult.ok) {
      const claim = claimResult.value;
      if (claim.policyId !== policy.source.id) {
        found.push({ code: "policy_mismatch", path: ["claim", "policyId"], message: `claim is on policy "${claim.policyId}", this adjudicator holds policy "${policy.source.id}"` });
      }
      if (claim.currency !== code) {
        found.push({ code: "currency_mismatch", path: ["claim", "currency"], message: `claim is in ${claim.currency}, the policy pays in ${code}` });
      }
      claim.lines.forEach((line, i) => {
        for (const field of ["amount", "selfPay", "socialInsurancePaid"] as const) found.push(...checkMinorUnits(line[field], minorUnits, ["claim", "lines", i, field], code));
      });
      if (optionsResult.ok && optionsResult.value.asOf < claim.submittedOn) {
        found.push({ code: "invalid_input", path: ["options", "asOf"], message: `asOf ${optionsResult.value.asOf} is before the claim was submitted (${claim.submittedOn})` });
      }
    }
    const accumulators = optionsResult.ok ? optionsResult.value.accumulators : undefined;
    for (const [coverageId, entry] of Object.entries(accumulators?.coverages ?? {})) {
      const at = ["options", "accumulators", "coverages", coverageId];
      if (!coverageIds.has(coverageId)) found.push({ code: "invalid_input", path: at, message: `policy has no coverage "${coverageId}" (its coverages: ${[...coverageIds].join(", ")})` });
      found.push(...checkMinorUnits(entry.deductibleUsed, minorUnits, [...at, "deductibleUsed"], code), ...checkMinorUnits(entry.paid, minorUnits, [...at, "paid"], code));
    }
    if (!claimResult.ok || !optionsResult.ok || found.length > 0) throw new ValidationError("claim or options", found);
    const zero = formatMoney(ZERO, minorUnits);
    return {
      claim: claimResult.value,
      asOf: optionsResult.value.asOf,
      accumulators: {
        coverages: Object.fromEntries(
          policy.coverages.map((coverage) => [coverage.id, accumulators?.coverages[coverage.id] ?? { deductibleUsed: zero, paid: zero }]),
        ),
      },
    };
  }

  function deriveFacts(claim: Claim, accumulators: Accumulators) {
    const claimFacts = deriveClaimFacts(claim, policy, accumulators);
    const lineFacts = rules.hasItemRules ? claim.lines.map((line) => ({ lineId: line.id, facts: deriveLineFacts(claimFacts, line, claim.incident.date) })) : [];
    return { claimFacts, lineFacts };
  }

  return {
    policy: policy.source,
    ruleSet,
    async traceRules(claimInput, options) {
      const { claim, accumulators } = validateClaim(claimInput, options);
      const { claimFacts, lineFacts } = deriveFacts(claim, accumulators);
      return traceRuleSet(rules, claimFacts, lineFacts);
    },
    async adjudicate(claimInput, options) {
      const { claim, asOf, accumulators } = validateClaim(claimInput, options);
      const { claimFacts, lineFacts } = deriveFacts(claim, accumulators);
      const evaluated = await Promise.all([
        evaluateRuleSet(rules, claimFacts, lineFacts),
        requirements.conditions.evaluate(claimFacts),
      ]).catch((error: unknown) => {
        if (error instanceof AdjudicatorError) throw error;
        throw new RuleEvaluationError([
          { code: "rule_evaluation_failed", path: ["claim"], message: `evaluating claim "${claim.id}" failed: ${error instanceof Error ? error.message : String(error)}` },
        ]);
      });
      const [hits, requirementOutcomes] = evaluated;
      const missingDocuments = checkCompleteness(claim, requirements, requirementOutcomes, hits);
      return decideClaim({ claim, policy, hits, missingDocuments, accumulatorsBefore: accumulators, meta: { ...metaBase, asOf } });
    },
  };
}
