import { checkCompleteness } from "./completeness/check-completeness.js";
import { contentHash, sha256Hex } from "./hashing/content-hash.js";
import { decideClaim } from "./decision/decide-claim.js";
import type { Issue } from "./errors/adjudicator-error.js";
import { AdjudicatorError } from "./errors/adjudicator-error.js";
import { RuleEvaluationError } from "./errors/rule-evaluation-error.js";
import { ValidationError } from "./errors/validation-error.js";
import { convertClaimCurrency } from "./intake/convert-claim-currency.js";
import { checkPolicyAmounts, compilePolicy } from "./policy/compile-policy.js";
import { checkPolicyConditions, compilePolicyConditions } from "./policy/compile-policy-conditions.js";
import { checkRuleSet, compileRuleSet, evaluateRuleSet, traceRuleSet, type RuleEvaluation } from "./rules/compile-rule-set.js";
import { deriveClaimFacts, deriveLineFacts } from "./facts/derive-facts.js";
import type { Accumulators } from "./ledger/accumulators-schema.js";
import type { Claim } from "./claim/claim-schema.js";
import type { Decision } from "./decision/decision-schema.js";
import { safeParseInput } from "./values/parse-input.js";
import { PolicySchema, type Policy } from "./policy/policy-schema.js";
import { RuleSetSchema, type RuleSet } from "./rules/rule-set-schema.js";
import { validateClaimInput, type AdjudicateOptions } from "./intake/validate-claim-input.js";
import { LIBRARY_VERSION } from "./version.js";
import { applyProductDeadlineTerms } from "./deadlines/apply-product-deadline-terms.js";
import { parseJurisdictionProfile, type JurisdictionProfile } from "./deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "./deadlines/prc-insurance-law-profile.js";

export { AdjudicateOptionsSchema, type AdjudicateOptions } from "./intake/validate-claim-input.js";

/** The jurisdiction's claim clocks with the product's own terms applied; every problem under `jurisdiction.…` or `policy.deadlineTerms.…`. */
function compileJurisdiction(input: unknown, policy: Policy): JurisdictionProfile {
  const rebase = (from: string, to: (string | number)[]) => (error: unknown): never => {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError("jurisdiction or deadline terms", error.issues.map((issue) => ({ ...issue, path: issue.path[0] === from ? [...to, ...issue.path.slice(1)] : issue.path })));
  };
  let profile = PRC_INSURANCE_LAW_PROFILE;
  if (input !== undefined) {
    try {
      profile = parseJurisdictionProfile(input);
    } catch (error) {
      rebase("profile", ["jurisdiction"])(error);
    }
  }
  if (policy.deadlineTerms === undefined) return profile;
  try {
    return applyProductDeadlineTerms(profile, policy.deadlineTerms);
  } catch (error) {
    return rebase("terms", ["policy", "deadlineTerms"])(error);
  }
}

type DecisionMetaBase = Pick<Decision["meta"], "ruleSetId" | "ruleSetVersion" | "policyHash" | "ruleSetHash" | "libraryVersion">;

/**
 * The decision's provenance, and an id derived from all of it: the first 128 bits of the SHA-256 of the hashes,
 * rule set id and version, `asOf` and library version, one per line in this order. Same inputs, same id.
 */
function decisionMeta(base: DecisionMetaBase, claimHash: string, accumulatorsHash: string, asOf: string): Decision["meta"] {
  const inputs = { ...base, claimHash, accumulatorsHash, asOf };
  const line = [inputs.policyHash, inputs.ruleSetHash, claimHash, accumulatorsHash, inputs.ruleSetId, inputs.ruleSetVersion, asOf, inputs.libraryVersion].join("\n");
  return { decisionId: `dec-${sha256Hex(line).slice(0, 32)}`, ...inputs };
}

export interface AdjudicatorConfig {
  /** Policy JSON (validated against `PolicySchema`). */
  readonly policy: unknown;
  /** Rule set JSON (validated against `RuleSetSchema`). */
  readonly rules: unknown;
  /** Jurisdiction profile JSON for the claim clocks (`JurisdictionProfileSchema`); default PRC Insurance Law. */
  readonly jurisdiction?: unknown;
}

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
  const configurationIssues = [...checkPolicyConditions(policy.source), ...checkRuleSet(ruleSet, policy)];
  if (configurationIssues.length > 0) throw new ValidationError("policy or rule set", configurationIssues);

  const profile = compileJurisdiction(config.jurisdiction, policy.source);
  const rules = compileRuleSet(ruleSet);
  const policyConditions = compilePolicyConditions(policy.source);
  const currency = { ...policy.source.currency, clauseId: policy.coverages[0]?.clauseId as string };
  const metaBase: DecisionMetaBase = {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    policyHash: contentHash(policy.source),
    ruleSetHash: contentHash(ruleSet),
    libraryVersion: LIBRARY_VERSION,
  };

  function prepare(claimInput: unknown, options: unknown) {
    const valid = validateClaimInput(policy, claimInput, options);
    const converted = valid.claim.currency === currency.code ? undefined : convertClaimCurrency(valid.claim, currency);
    const claim = converted?.claim ?? valid.claim;
    const claimFacts = deriveClaimFacts(claim, policy, valid.accumulators, profile);
    const lineFacts = rules.hasItemRules ? claim.lines.map((line) => ({ lineId: line.id, facts: deriveLineFacts(claimFacts, line, claim.incident.date) })) : [];
    return { ...valid, original: valid.claim, claim, converted, claimFacts, lineFacts };
  }

  function evaluationFailed(claim: Claim) {
    return (error: unknown): never => {
      if (error instanceof AdjudicatorError) throw error;
      throw new RuleEvaluationError([
        { code: "rule_evaluation_failed", path: ["claim"], message: `evaluating claim "${claim.id}" failed: ${error instanceof Error ? error.message : String(error)}` },
      ]);
    };
  }

  return {
    policy: policy.source,
    ruleSet,
    async traceRules(claimInput, options) {
      const { claim, claimFacts, lineFacts } = prepare(claimInput, options);
      return traceRuleSet(rules, claimFacts, lineFacts).catch(evaluationFailed(claim));
    },
    async adjudicate(claimInput, options) {
      const { claim, asOf, accumulators, converted, claimFacts, lineFacts, original } = prepare(claimInput, options);
      const [hits, conditions] = await Promise.all([evaluateRuleSet(rules, claimFacts, lineFacts), policyConditions.evaluate(claimFacts)]).catch(evaluationFailed(claim));
      const missingDocuments = checkCompleteness(claim, policy.source.documentRequirements, conditions.requirementApplies, hits);
      return decideClaim({
        claim,
        policy,
        hits,
        conditions,
        facts: claimFacts,
        profile,
        missingDocuments,
        accumulatorsBefore: accumulators satisfies Accumulators,
        intakeSteps: converted === undefined ? [] : [converted.step],
        ...(converted !== undefined ? { currencyConversion: converted.conversion } : {}),
        meta: decisionMeta(metaBase, contentHash(original), contentHash(accumulators), asOf),
      });
    },
  };
}
