import type { Issue } from "../errors/adjudicator-error.js";
import { compilePolicy, type CompiledPolicy } from "../policy/compile-policy.js";
import { checkConditions } from "../facts/check-conditions.js";
import { checkRuleSet } from "../configuration/check-rule-set.js";
import { checkReasonCode } from "../configuration/check-reason-code.js";
import { COVERAGE_KIND_DEFINITIONS, libraryReasonTemplates } from "../coverage-kinds/coverage-kinds.js";
import { checkMessagePlaceholders } from "../facts/check-message-placeholders.js";
import { isFactCondition, type Condition } from "../rules/condition-schema.js";
import { PolicySchema } from "../policy/policy-schema.js";
import { RuleSchema, RuleSetSchema, type Rule } from "../rules/rule-set-schema.js";
import { checkConditionLogic } from "./check-condition-logic.js";
import { checkReferences, collectionsOf } from "./check-references.js";
import { checkRuleEvent } from "./check-rule-event.js";
import { checkShadowedRules, type AnalysedRule } from "./check-shadowed-rules.js";
import { DOCUMENT_TYPES } from "./document-types.js";
import { toLintReport, type LintIssue, type LintReport } from "./lint-issue.js";
import { checkSchema } from "./schema-issues.js";
import { checkNestingDepth } from "../values/check-nesting-depth.js";
import { describeValue, isObjectValue } from "../values/describe-value.js";
import type { z } from "zod";
import type { FactDefinition } from "../facts/fact-definition.js";
import { buildFactRegistry, LIBRARY_FACTS, type FactRegistry } from "../facts/fact-registry.js";
import { signalFacts } from "../facts/signal-facts.js";
import { ValidationError } from "../errors/validation-error.js";

/** Options of `validateRuleSet`: the policy to check clause ids and document types against, and more document types to accept. */
export interface ValidateRuleSetOptions {
  /** The policy the rules will run with: clause ids, coverage ids and other references are checked against it. */
  readonly policy?: unknown;
  /** Document types of the product beyond `DOCUMENT_TYPES`. */
  readonly documentTypes?: readonly string[];
  /**
   * The insurer's own facts, as given to `createAdjudicator({ facts })`: rules may name them as the library's. The
   * policy's declared `signals` are facts too, as `createAdjudicator` reads them.
   */
  readonly facts?: readonly FactDefinition[];
}

/** The reason codes the library gives itself. */
const LIBRARY_CODES: ReadonlySet<string> = new Set(libraryReasonTemplates(COVERAGE_KIND_DEFINITIONS).keys());

const asError = (issue: Issue, path: readonly (string | number)[]): LintIssue => ({ code: issue.code, severity: "error", path, message: issue.message });

function readsLine(condition: Condition): boolean {
  if (isFactCondition(condition)) {
    const value = condition.value as { fact?: unknown } | null;
    return condition.fact === "line" || (typeof value === "object" && value !== null && value.fact === "line");
  }
  if ("all" in condition) return condition.all.some(readsLine);
  if ("any" in condition) return condition.any.some(readsLine);
  return readsLine(condition.not);
}

/** The rules that pass `RuleSchema`, with their index: checked further even when another rule of the set is broken. */
function parsedRules(ruleSet: unknown, whole: Rule[] | undefined): { index: number; rule: Rule }[] {
  if (whole !== undefined) return whole.map((rule, index) => ({ index, rule }));
  const raw = (ruleSet as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry, index) => {
    const result = RuleSchema.safeParse(entry);
    return result.success ? [{ index, rule: result.data }] : [];
  });
}

function duplicateIds(ruleSet: unknown): LintIssue[] {
  const raw = (ruleSet as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(raw)) return [];
  const first = new Map<string, number>();
  return raw.flatMap((entry, index): LintIssue[] => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return [];
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return [];
    }
    return [
      {
        code: "duplicate_id",
        severity: "error",
        path: ["rules", index, "id"],
        message: `rule id "${id}" is already used by rules[${earlier}]: give this rule its own id (decisions, reports and rule coverage name rules by id)`,
      },
    ];
  });
}

function conditionIssues(rule: Rule, index: number, policy: CompiledPolicy | undefined, facts: FactRegistry): LintIssue[] {
  if (policy === undefined) {
    return [
      ...checkConditions(rule.conditions, rule.scope, ["rules", index, "conditions"], facts),
      ...checkMessagePlaceholders(rule.event.message, ["rules", index, "event", "message"], facts),
      ...checkReasonCode(rule, ["rules", index], LIBRARY_CODES),
    ].map((issue) => asError(issue, issue.path));
  }
  // checkRuleSet reports under the config key `rules` and the array `rules`: ["rules", "rules", 0, …].
  return checkRuleSet({ id: "lint", version: "0", rules: [rule] }, policy, LIBRARY_CODES, facts).map((issue) => asError(issue, ["rules", index, ...issue.path.slice(3)]));
}

/**
 * Reports every problem of a rule set at once, each with its JSON path, a severity and how to fix it: schema errors,
 * unknown facts, operators and values, type mismatches, clause and other ids the policy does not have, reason
 * messages, duplicate ids, conditions that can never hold (or always do), `any` alternatives that never hold,
 * and rules that are shadowed by a denial or repeat another rule.
 * @param ruleSet - the parsed JSON of a rule set
 * @param options - `policy` to check references against; `documentTypes` to add known document types
 * @returns the report; `valid` when there is no error (warnings allowed)
 * @example
 * validateRuleSet({ id: "R", version: "1", rules: [tooLateAndTooEarly] }).issues[0]?.code; //=> "unsatisfiable_condition"
 */
export function validateRuleSet(ruleSet: unknown, options: ValidateRuleSetOptions = {}): LintReport {
  if (!isObjectValue(options)) {
    throw new ValidationError("options of validateRuleSet", [
      { code: "invalid_input", path: ["options"], message: `must be an object { policy?, documentTypes?, facts? } or left out, not ${describeValue(options)}` },
    ]);
  }
  if (options.documentTypes !== undefined && !(Array.isArray(options.documentTypes) && options.documentTypes.every((type) => typeof type === "string"))) {
    throw new ValidationError("options of validateRuleSet", [{ code: "invalid_input", path: ["options", "documentTypes"], message: "must be an array of document type names" }]);
  }
  if (options.facts !== undefined && !(Array.isArray(options.facts) && options.facts.every((fact) => isObjectValue(fact) && typeof (fact as { name?: unknown }).name === "string"))) {
    throw new ValidationError("options of validateRuleSet", [{ code: "invalid_input", path: ["options", "facts"], message: "must be an array of facts made with defineFact" }]);
  }
  // Past the nesting limit nothing else is checked: every check below walks the document recursively.
  const tooDeep = checkNestingDepth(ruleSet);
  if (tooDeep !== undefined) return toLintReport([asError(tooDeep, tooDeep.path)]);
  const schema = checkSchema(RuleSetSchema, ruleSet);
  const duplicates = duplicateIds(ruleSet);
  const duplicatePaths = new Set(duplicates.map((issue) => JSON.stringify(issue.path)));
  const issues: LintIssue[] = [...schema.issues.filter((issue) => !duplicatePaths.has(JSON.stringify(issue.path))), ...duplicates];

  let policy: CompiledPolicy | undefined;
  let facts: FactRegistry = LIBRARY_FACTS;
  let signals: NonNullable<z.output<typeof PolicySchema>["signals"]> = [];
  let collections: ReadonlyMap<string, readonly string[]> = new Map();
  const documentTypes = [...DOCUMENT_TYPES.map((definition) => definition.type), ...(options.documentTypes ?? [])];
  if (options.policy !== undefined) {
    const parsed = checkNestingDepth(options.policy) === undefined ? PolicySchema.safeParse(options.policy) : { success: false as const };
    if (parsed.success) {
      policy = compilePolicy(parsed.data);
      signals = parsed.data.signals ?? [];
      collections = collectionsOf(parsed.data);
      documentTypes.push(...parsed.data.documentRequirements.map((requirement) => requirement.documentType));
    } else {
      issues.push({
        code: "policy_not_checked",
        severity: "warning",
        path: [],
        message: "the policy given is not valid, so clause and coverage ids were not checked against it: validate the policy and fix it first",
      });
    }
  }

  // The registry createAdjudicator would build: the library's facts, the insurer's, then the policy's signals.
  const own = options.facts ?? [];
  if (own.length > 0 || signals.length > 0) {
    const built = buildFactRegistry([...own, ...signalFacts(signals)]);
    issues.push(...built.issues.map((issue) => {
      const at = issue.path[1] as number;
      return asError(issue, at < own.length ? ["options", ...issue.path] : ["policy", "signals", at - own.length, "name"]);
    }));
    facts = built.registry;
  }

  const analysed: AnalysedRule[] = [];
  for (const { index, rule } of parsedRules(ruleSet, schema.ok ? schema.value.rules : undefined)) {
    const at = ["rules", index];
    const conditionErrors = conditionIssues(rule, index, policy, facts);
    // checkRuleSet already checks some references (fee schedules): one issue per path.
    const reported = new Set(conditionErrors.map((issue) => JSON.stringify(issue.path)));
    const references = checkReferences(rule.event, [...at, "event"], collections, new Set()).filter((issue) => !reported.has(JSON.stringify(issue.path)));
    issues.push(...conditionErrors, ...checkRuleEvent(rule, at, documentTypes), ...references);
    if (rule.scope === "item" && !readsLine(rule.conditions)) {
      issues.push({
        code: "item_rule_without_line",
        severity: "warning",
        path: [...at, "scope"],
        message:
          rule.event.type === "exclude_item"
            ? 'this item rule reads no field of "line", so it excludes every line or none (a denial in disguise): compare a field of the line (e.g. "path": "$.category"), or write a claim rule that denies'
            : 'this item rule reads no field of "line", so it applies to every line or to none: compare a field of the line (e.g. "path": "$.category"), or make it "scope": "claim"',
      });
    }
    // Meaning is only worth checking once the comparisons themselves are valid.
    if (conditionErrors.length > 0) continue;
    const logic = checkConditionLogic(rule.conditions, [...at, "conditions"], `rule "${rule.id}"`);
    issues.push(...logic.issues);
    if (!logic.unsatisfiable && !duplicatePaths.has(JSON.stringify([...at, "id"]))) analysed.push({ index, rule, terms: logic.terms });
  }
  issues.push(...checkShadowedRules(analysed));
  return toLintReport(issues);
}
