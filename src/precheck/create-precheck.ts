import { checkCompleteness } from "../completeness/check-completeness.js";
import type { MissingDocument } from "../completeness/missing-document-schema.js";
import { ValidationError } from "../errors/validation-error.js";
import { compileConditionEvaluator, type FactValues } from "../rules/condition-evaluator.js";
import { InputReader } from "./input-reader.js";
import { PRECHECK_FACTS } from "./precheck-facts.js";
import { precheckRequest, type PrecheckText } from "./precheck-texts.js";
import { readClaimDraft } from "./read-claim-draft.js";
import { readPrecheckConfig } from "./read-precheck-config.js";

/** What `createPrecheck` is given: the product's policy, and its rule set when rules ask for documents. */
export interface PrecheckConfigInput {
  /** The policy JSON, as given to `createAdjudicator`. Its id, currency, clauses and document requirements are read. */
  readonly policy: unknown;
  /** The rule set JSON, as given to `createAdjudicator`; optional. Its `require_document` rules are read. */
  readonly rules?: unknown;
}

/** The options of one pre-check. */
export interface PrecheckOptions {
  /** The day the check answers for, `YYYY-MM-DD` (the pre-check reads no clock). The incident cannot be after it. */
  readonly asOf: string;
}

/** A pre-check's answer: which documents the claim still lacks, and the one request that asks for all of them. */
export interface PrecheckResult {
  /** The policy the claim was checked against. */
  readonly policyId: string;
  /** The day the check answered for (the `asOf` given). */
  readonly asOf: string;
  /** `true` when no document is missing: the claim can be submitted as it is. */
  readonly complete: boolean;
  /**
   * Every document the claim still lacks, in the order and shape of a decision's `missingDocuments`: the same list
   * `adjudicate` gives for the same claim. Each has its name and purpose in Chinese and English (`description`).
   */
  readonly missingDocuments: readonly MissingDocument[];
  /**
   * What to show the claimant, in Chinese and English: the one complete request for the missing documents (a
   * numbered list, with the clause asking for each), or, when nothing is missing, that the claim can be submitted.
   */
  readonly message: PrecheckText;
}

/** A compiled pre-check: call `precheck` once per claim draft. */
export interface Precheck {
  /** The policy's id. */
  readonly policyId: string;
  /**
   * Checks a claim draft's documents against the policy's document requirements and the rules asking for documents.
   * Pure and synchronous: no clock, no I/O; the draft is never changed.
   * @throws {ValidationError} listing every problem of the draft or the options, each with its JSON path
   *   (`["claim", "documents", 2, "issuedOn"]`, `["options", "asOf"]`).
   */
  precheck(claimDraft: unknown, options: PrecheckOptions): PrecheckResult;
}

/**
 * Compiles the claimant's self-service pre-check (客户自助理赔) for one product, once: the policy's document
 * requirements with their conditions, and the rule set's `require_document` rules. It runs in a browser (the
 * `claim-adjudicator/precheck` entry carries no zod and weighs a fraction of the package) and answers, for a claim
 * draft, which documents are still missing before it is submitted: the same missing documents `adjudicate` would list.
 *
 * @throws {ValidationError} listing every problem of the policy or rules it reads, each with its JSON path; a
 *   condition naming a fact that needs the claim history or the policy's period (which a draft cannot tell) is one.
 * @example
 * const check = createPrecheck({ policy, rules });
 * const answer = check.precheck(draft, { asOf: "2026-03-20" });
 * answer.missingDocuments.map((document) => document.description.zh); //=> ["出院小结……", …]
 * answer.message.en; //=> "Before you submit your claim, please gather all of the following documents. …"
 */
export function createPrecheck(input: PrecheckConfigInput): Precheck {
  if (input === null || typeof input !== "object") {
    throw new ValidationError("pre-check configuration", [{ code: "invalid_input", path: [], message: "createPrecheck needs { policy, rules? }" }]);
  }
  const config = readPrecheckConfig(input.policy, input.rules);
  if (Array.isArray(config)) throw new ValidationError("pre-check configuration", config);
  const conditional = [
    ...config.requirements.flatMap((requirement) => (requirement.when === undefined ? [] : [{ id: `requirement:${requirement.id}`, conditions: requirement.when }])),
    ...config.documentRules.map((rule) => ({ id: `rule:${rule.id}`, conditions: rule.conditions })),
  ];
  const evaluator = compileConditionEvaluator(conditional);
  const factNames = Object.keys(PRECHECK_FACTS);

  return {
    policyId: config.policyId,
    precheck(claimDraft, options) {
      const read = new InputReader();
      const optionsObject = read.object(options, ["options"]);
      const asOf = optionsObject === undefined ? undefined : read.date(optionsObject["asOf"], ["options", "asOf"]);
      const claim = readClaimDraft(claimDraft, config, asOf);
      const issues = [...read.issues, ...(Array.isArray(claim) ? claim : [])];
      if (issues.length > 0 || Array.isArray(claim) || asOf === undefined) throw new ValidationError("claim draft or options", issues);

      const facts: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const name of factNames) facts[name] = (PRECHECK_FACTS[name] as (typeof PRECHECK_FACTS)[string])(claim, config.currency.minorUnits);
      const held = new Set(evaluator.held(facts as FactValues).map((outcome) => outcome.id));
      const hits = config.documentRules
        .filter((rule) => held.has(`rule:${rule.id}`))
        .map((rule) => ({ rule: { id: rule.id, clauseId: rule.clauseId, event: { type: "require_document" as const, documentType: rule.documentType, message: rule.message } } }));
      const missingDocuments = checkCompleteness(claim, config.requirements, (id) => held.has(`requirement:${id}`), hits);
      return { policyId: config.policyId, asOf, complete: missingDocuments.length === 0, missingDocuments, message: precheckRequest(missingDocuments, config.clauseTitles) };
    },
  };
}
