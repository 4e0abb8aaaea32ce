import { checkCompleteness } from "./completeness/check-completeness.js";
import type { AnyCoverageKind } from "./coverage-kinds/coverage-kind-definition.js";
import { COVERAGE_KIND_DEFINITIONS, libraryReasonTemplates } from "./coverage-kinds/coverage-kinds.js";
import { compileJurisdiction } from "./deadlines/compile-jurisdiction.js";
import { decideClaim } from "./decision/decide-claim.js";
import { decisionMeta, type DecisionMetaBase } from "./decision/decision-meta.js";
import type { Decision } from "./decision/decision-schema.js";
import type { Issue } from "./errors/adjudicator-error.js";
import { AdjudicatorError } from "./errors/adjudicator-error.js";
import { RuleEvaluationError } from "./errors/rule-evaluation-error.js";
import { ValidationError } from "./errors/validation-error.js";
import { renderExplanation } from "./explanation/render-explanation.js";
import type { FactDefinition } from "./facts/fact-definition.js";
import { buildFactRegistry, deriveClaimFacts, deriveLineFacts } from "./facts/fact-registry.js";
import { checkClaimSignals, signalFacts } from "./facts/signal-facts.js";
import { SignalDeclarationSchema, type SignalDeclarationInput } from "./claim/signal-declaration-schema.js";
import { contentHash } from "./hashing/content-hash.js";
import { claimContentHash } from "./claim/claim-content-hash.js";
import { convertClaimCurrency } from "./intake/convert-claim-currency.js";
import { claimInMinorUnits } from "./intake/claim-in-minor-units.js";
import { AdjudicateOptionsSchema, buildAdjudicateOptionsSchema, validateClaimInput, type AdjudicateOptions } from "./intake/validate-claim-input.js";
import { buildCountersSchema, CountersSchema, type CoverageAccumulator } from "./ledger/counters-schema.js";
import { buildLedgerSchema, LedgerSchema } from "./ledger/ledger-schema.js";
import { reverseDecision, type Reversal, type ReverseOptions } from "./ledger/reverse-decision.js";
import { checkPolicyConditions } from "./configuration/check-policy-conditions.js";
import { checkRuleSet } from "./configuration/check-rule-set.js";
import { applyOperations } from "./operations/apply-operations.js";
import { checkOperations, operationsFacts } from "./operations/check-operations.js";
import { OperationsSchema } from "./operations/operations-schema.js";
import { checkRulesOneByOne } from "./configuration/check-rules-one-by-one.js";
import { checkPolicyAmounts, compilePolicy } from "./policy/compile-policy.js";
import { compilePolicyConditions, policyConditionEntries } from "./policy/compile-policy-conditions.js";
import { buildPolicySchema, PolicySchema, type Policy } from "./policy/policy-schema.js";
import { compileRuleSet, evaluateRuleSet, traceRuleSet, type RuleEvaluation } from "./rules/compile-rule-set.js";
import { referencedFacts } from "./rules/condition-evaluator.js";
import { RuleSetSchema, type RuleSet } from "./rules/rule-set-schema.js";
import { ClaimSchema, type Claim } from "./claim/claim-schema.js";
import { templateParameters } from "./text/render-template.js";
import { safeParseInputInWords } from "./values/parse-input.js";
import { fastParserFor } from "./values/fast-parse.js";
import { checkNestingDepth } from "./values/check-nesting-depth.js";
import { describeValue } from "./values/describe-value.js";
import { checkPrototypeKeys } from "./values/check-prototype-keys.js";
import { deepFrozenCopy } from "./values/deep-frozen-copy.js";
import { LIBRARY_VERSION } from "./version.js";

export { AdjudicateOptionsSchema, type AdjudicateOptions } from "./intake/validate-claim-input.js";

/** What `createAdjudicator` is given: the policy and rule set JSON, and optionally a jurisdiction profile, extra coverage kinds, facts, signals and an operations configuration. */
export interface AdjudicatorConfig {
  /** Policy JSON (validated against `PolicySchema`, with the coverage kinds below). */
  readonly policy: unknown;
  /** Rule set JSON (validated against `RuleSetSchema`). */
  readonly rules: unknown;
  /** Jurisdiction profile JSON for the claim clocks (`JurisdictionProfileSchema`); default PRC Insurance Law. */
  readonly jurisdiction?: unknown;
  /** Coverage kinds of the integrator's own (`defineCoverageKind`), beside the library's. */
  readonly coverageKinds?: readonly AnyCoverageKind[];
  /** Facts of the integrator's own (`defineFact`), beside the library's: rules and policy conditions may use them. */
  readonly facts?: readonly FactDefinition[];
  /**
   * How the insurer works its claims (`OperationsSchema`): red-flag indicators and the risk score. Validated
   * here with the policy and the rules; without it decisions carry no `risk`.
   */
  readonly operations?: unknown;
  /** Signals the insurer passes on claims (a fraud score, an e-invoice check), each with its type: besides the policy's `signals`. */
  readonly signals?: readonly SignalDeclarationInput[];
}

/** A compiled adjudicator for one policy and rule set: `adjudicate` decides claims; `policy` and `ruleSet` are frozen copies of what it was made from. */
export interface Adjudicator {
  /** The policy as validated (defaults filled in): a deep-frozen copy, changing it changes no decision. */
  readonly policy: Policy;
  /** The rule set as validated: a deep-frozen copy, changing it changes no decision. */
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
  /**
   * Withdraws the decision on a claim (reversal): the ledger gives back everything it took, and what was paid on it
   * becomes an overpayment to recover. Pure: returns the new ledger, stores nothing.
   */
  reverse(claimId: string, options: ReverseOptions): Reversal;
}

/** The kinds an adjudicator works with: the library's, then the integrator's (a name used twice is an issue). */
function coverageKinds(extra: readonly AnyCoverageKind[]): { kinds: readonly [AnyCoverageKind, ...AnyCoverageKind[]]; issues: Issue[] } {
  const names = new Set<string>(COVERAGE_KIND_DEFINITIONS.map((kind) => kind.kind));
  const issues: Issue[] = [];
  extra.forEach((kind, i) => {
    if (names.has(kind.kind)) issues.push({ code: "duplicate_id", path: ["coverageKinds", i, "kind"], message: `coverage kind "${kind.kind}" is already defined; give yours another name` });
    names.add(kind.kind);
  });
  return { kinds: [...COVERAGE_KIND_DEFINITIONS, ...extra], issues };
}

/** Every fact the compiled conditions and the rules' messages read: the only ones derived per claim. */
function neededFacts(ruleSet: RuleSet, conditions: readonly { readonly conditions: Parameters<typeof referencedFacts>[0] }[]): ReadonlySet<string> {
  const needed = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const name of referencedFacts(rule.conditions)) needed.add(name);
    for (const text of [rule.event.message.en, rule.event.message.zh]) for (const { name } of templateParameters(text)) needed.add(name);
  }
  for (const entry of conditions) for (const name of referencedFacts(entry.conditions)) needed.add(name);
  return needed;
}

/**
 * Validates the policy and the rule set and compiles everything that does not depend on a claim, once.
 *
 * @throws {ValidationError} listing every problem of the inputs with its JSON path (`policy.…`, `rules.…`, `operations.…`).
 * @example
 * const adjudicator = createAdjudicator({ policy, rules });
 * const decision = await adjudicator.adjudicate(claim, { asOf: "2026-11-30" });
 * decision.outcome; //=> "approved"
 */
export function createAdjudicator(config: AdjudicatorConfig): Adjudicator {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new ValidationError("configuration", [
      { code: "invalid_input", path: [], message: `createAdjudicator takes an object { policy, rules } (jurisdiction, coverageKinds and facts optional), not ${describeValue(config)}` },
    ]);
  }
  const subject = config.operations === undefined ? "policy or rule set" : "policy, rule set or operations configuration";
  // Past the nesting limit nothing else is checked: the schemas recurse once per level and would run out of stack.
  const tooDeep = (["policy", "rules", "jurisdiction", "operations", "signals"] as const).flatMap((key) => checkNestingDepth(config[key], undefined, [key]) ?? []);
  if (tooDeep.length > 0) throw new ValidationError(subject, tooDeep);
  const prototypeKeys = (["policy", "rules", "jurisdiction", "operations", "signals"] as const).flatMap((key) => checkPrototypeKeys(config[key], [key]));
  const { kinds, issues: kindIssues } = coverageKinds(config.coverageKinds ?? []);
  const custom = kinds.length > COVERAGE_KIND_DEFINITIONS.length;
  const policySchema = custom ? buildPolicySchema(kinds) : PolicySchema;
  const policyResult = safeParseInputInWords(policySchema, config.policy, "policy");
  const rulesResult = safeParseInputInWords(RuleSetSchema, config.rules, "rules");
  const operationsResult = config.operations === undefined ? undefined : safeParseInputInWords(OperationsSchema, config.operations, "operations");
  const signalsResult = safeParseInputInWords(SignalDeclarationSchema.array(), config.signals ?? [], "signals");
  // Declared signals are claim facts of their own names: the policy's first, then the adjudicator's.
  const signals = [...((policyResult.ok ? (policyResult.value as Policy).signals : undefined) ?? []), ...(signalsResult.value ?? [])];
  const { registry: facts, issues: factIssues } = buildFactRegistry([...(config.facts ?? []), ...signalFacts(signals)]);
  const libraryCodes = new Set(libraryReasonTemplates(kinds).keys());
  const issues: Issue[] = [
    ...kindIssues,
    ...signalIssues(factIssues, config.facts?.length ?? 0, policyResult.ok ? ((policyResult.value as Policy).signals?.length ?? 0) : 0),
    ...prototypeKeys,
    ...(policyResult.issues ?? []),
    ...(rulesResult.issues ?? []),
    ...(operationsResult?.issues ?? []),
    ...(signalsResult.issues ?? []),
  ];
  const amountIssues = policyResult.ok ? checkPolicyAmounts(policyResult.value as Policy, kinds) : [];
  issues.push(...amountIssues);
  if (!policyResult.ok || !rulesResult.ok || operationsResult?.ok === false || issues.length > 0) {
    // Every problem at once: the rules valid on their own are checked as well (facts, operators, placeholders,
    // reason codes, and clauses when the policy is valid), and the policy's conditions when the policy is.
    const usable = policyResult.ok && amountIssues.length === 0 && prototypeKeys.length === 0 && kindIssues.length === 0 ? compilePolicy(policyResult.value as Policy, kinds) : undefined;
    if (usable !== undefined) issues.push(...checkPolicyConditions(policyConditionEntries(usable.source, kinds), facts));
    if (factIssues.length === 0) issues.push(...checkRulesOneByOne(config.rules, usable, libraryCodes, facts));
    throw new ValidationError(subject, issues);
  }

  const policy = compilePolicy(policyResult.value as Policy, kinds);
  const ruleSet = rulesResult.value;
  const operations = operationsResult?.value;
  const conditionEntries = policyConditionEntries(policy.source, kinds);
  const configurationIssues = [
    ...checkPolicyConditions(conditionEntries, facts),
    ...checkRuleSet(ruleSet, policy, libraryCodes, facts),
    ...(operations === undefined ? [] : checkOperations(operations, { facts, currency: policy.source.currency.code, minorUnits: policy.minorUnits })),
  ];
  const needed = new Set([...neededFacts(ruleSet, conditionEntries), ...operationsFacts(operations)]);
  // A fact the rules read may need the policy to state something (an age needs birth dates): said before any claim.
  for (const name of needed) configurationIssues.push(...(facts.find(name)?.checkPolicy?.(policy) ?? []));
  if (configurationIssues.length > 0) throw new ValidationError(subject, configurationIssues);

  const profile = compileJurisdiction(config.jurisdiction, policy.source.deadlineTerms);
  const rules = compileRuleSet(ruleSet);
  const policyConditions = compilePolicyConditions(conditionEntries);
  const countersSchema = custom ? buildCountersSchema(kinds) : CountersSchema;
  const ledgerSchema = custom ? buildLedgerSchema(kinds) : LedgerSchema;
  const optionsSchema = custom ? buildAdjudicateOptionsSchema(ledgerSchema, countersSchema) : AdjudicateOptionsSchema;
  const emptyEntry = countersSchema.shape.coverages.valueType.parse({}) as CoverageAccumulator;
  // The validation fast path of the claim and of these options, compiled here rather than on the first claim (kept per schema).
  fastParserFor(ClaimSchema);
  fastParserFor(optionsSchema);
  const currency = { ...policy.source.currency, clauseId: policy.coverages[0]?.clauseId as string };
  const metaBase: DecisionMetaBase = {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    policyHash: contentHash(policy.source),
    ruleSetHash: contentHash(ruleSet),
    libraryVersion: LIBRARY_VERSION,
    ...(operations === undefined ? {} : { operationsId: operations.id, operationsVersion: operations.version, operationsHash: contentHash(operations) }),
  };

  function prepare(claimInput: unknown, options: unknown) {
    const valid = validateClaimInput(policy, claimInput, options, optionsSchema as never, emptyEntry);
    const signalProblems = checkClaimSignals(valid.claim, signals);
    if (signalProblems.length > 0) throw new ValidationError("claim or options", signalProblems);
    const converted = valid.claim.currency === currency.code ? undefined : convertClaimCurrency(valid.claim, currency);
    const claim = converted?.claim ?? claimInMinorUnits(valid.claim, currency.minorUnits);
    const context = { claim, policy, counters: valid.counters, ledger: valid.ledger, place: valid.place, profile };
    const claimFacts = deriveClaimFacts(facts, context, needed);
    const lineFacts = rules.hasItemRules ? claim.lines.map((line) => ({ lineId: line.id, facts: deriveLineFacts(facts, claimFacts, context, line, needed) })) : [];
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

  // Copies, not the compiled state: a caller changing them cannot change a decision under the same policyHash.
  const publicPolicy = deepFrozenCopy(policy.source);
  const publicRuleSet = deepFrozenCopy(ruleSet);
  return {
    policy: publicPolicy,
    ruleSet: publicRuleSet,
    async traceRules(claimInput, options) {
      const { claim, claimFacts, lineFacts } = prepare(claimInput, options);
      return traceRuleSet(rules, claimFacts, lineFacts).catch(evaluationFailed(claim));
    },
    reverse(claimId, options) {
      return reverseDecision(ledgerSchema as never, policy.source.id, policy.minorUnits, claimId, options, policy.source.currency.code);
    },
    async adjudicate(claimInput, options) {
      const { claim, asOf, ledger, place, previous, revision, counters, converted, claimFacts, lineFacts, original } = prepare(claimInput, options);
      const [hits, conditions] = await Promise.all([evaluateRuleSet(rules, claimFacts, lineFacts), policyConditions.evaluate(claimFacts)]).catch(evaluationFailed(claim));
      const missingDocuments = checkCompleteness(claim, policy.source.documentRequirements, conditions.requirementApplies, hits);
      const decision = decideClaim({
        claim,
        policy,
        hits,
        conditions,
        facts: claimFacts,
        profile,
        missingDocuments,
        countersBefore: counters,
        ledger,
        place,
        previous,
        revision,
        intakeSteps: converted === undefined ? [] : [converted.step],
        ...(converted !== undefined ? { currencyConversion: converted.conversion } : {}),
        meta: decisionMeta(metaBase, claimContentHash(original), contentHash(ledger), asOf),
      });
      const worked = operations === undefined ? decision : { ...decision, ...applyOperations(operations, { claim, policy, ledger, place, facts: claimFacts, decision }) };
      return { ...worked, explanation: renderExplanation(worked, policy) };
    },
  };
}

/**
 * The fact registry's issues with a signal's path where the fact was a signal (`facts[i]` beyond the integrator's own
 * facts are the policy's signals, then the adjudicator's): "signal fraudScore is already a fact" at its declaration.
 */
function signalIssues(issues: readonly Issue[], ownFacts: number, policySignals: number): Issue[] {
  return issues.map((issue) => {
    const index = issue.path[1];
    if (issue.path[0] !== "facts" || typeof index !== "number" || index < ownFacts) return issue;
    const at = index - ownFacts;
    const path = at < policySignals ? ["policy", "signals", at, "name"] : ["signals", at - policySignals, "name"];
    return { ...issue, path, message: issue.message.replace(/^fact /, "signal ").replace("give yours another name", "give the signal another name") };
  });
}
