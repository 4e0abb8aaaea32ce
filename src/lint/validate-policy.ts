import { Dec } from "../money/money.js";
import { toDotPath } from "../errors/adjudicator-error.js";
import { checkPolicyAmounts } from "../policy/compile-policy.js";
import { checkConditions } from "../facts/check-conditions.js";
import type { Condition } from "../rules/condition-schema.js";
import { PolicySchema } from "../policy/policy-schema.js";
import { checkConditionLogic } from "./check-condition-logic.js";
import { checkLocalizedText } from "./check-texts.js";
import { DOCUMENT_TYPES } from "./document-types.js";
import { toLintReport, type LintIssue, type LintReport } from "./lint-issue.js";
import { checkSchema } from "./schema-issues.js";
import { didYouMean } from "./suggest-name.js";
import { checkNestingDepth } from "../values/check-nesting-depth.js";
import { describeValue, isObjectValue } from "../values/describe-value.js";
import { ValidationError } from "../errors/validation-error.js";

type Path = readonly (string | number)[];

/** Options of `validatePolicy`: more document types to accept besides the library's. */
export interface ValidatePolicyOptions {
  /** Document types of the product beyond `DOCUMENT_TYPES`. */
  readonly documentTypes?: readonly string[];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const numeric = (value: unknown): string | undefined =>
  typeof value === "number" && Number.isFinite(value) ? String(value) : typeof value === "string" && DECIMAL.test(value) ? value : undefined;

/**
 * Checks that read the document field by field, by the names of the fields, so they keep working as coverage
 * kinds are added: limits against deductibles in the same object, ratios, numbers of days, repeated list entries
 * and texts in both languages.
 */
function checkFields(value: unknown, path: Path, insideRatio: boolean): LintIssue[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) {
    const issues = value.flatMap((item, i) => checkFields(item, [...path, i], false));
    const seen = new Set<string>();
    value.forEach((item, i) => {
      if (typeof item !== "string") return;
      if (seen.has(item)) issues.push({ code: "duplicate_value", severity: "warning", path: [...path, i], message: `"${item}" is listed twice: remove the repeat` });
      seen.add(item);
    });
    return issues;
  }
  const entries = Object.entries(value);
  const keys = entries.map(([key]) => key);
  if (keys.length === 2 && keys.includes("zh") && keys.includes("en")) return checkLocalizedText(value, path, "this text");
  const issues: LintIssue[] = [];
  for (const [key, child] of entries) {
    const at = [...path, key];
    const amount = numeric(child);
    const namesRatio = (insideRatio || /(ratio|share)$/i.test(key)) && !path.some((segment) => typeof segment === "string" && /clause/i.test(segment));
    if (amount !== undefined && namesRatio && (new Dec(amount).lessThan(0) || new Dec(amount).greaterThan(1))) {
      issues.push({ code: "ratio_out_of_range", severity: "error", path: at, message: `a ratio lies between "0" and "1" (60% is "0.6"), not ${JSON.stringify(child)}` });
    }
    if (/days$/i.test(key) && typeof child === "number" && child < 0) {
      issues.push({ code: "negative_days", severity: "error", path: at, message: `a number of days cannot be negative (${child}); use 0 for none` });
    }
    issues.push(...checkFields(child, at, /^ratios?$/i.test(key)));
  }
  const amounts = entries.flatMap(([key, child]) => {
    const amount = typeof child === "string" && DECIMAL.test(child) ? child : undefined;
    return amount === undefined ? [] : [{ key, amount }];
  });
  // annualLimit against annualDeductible, perClaimLimit against perClaimDeductible, limit against deductible.
  for (const limit of amounts) {
    const prefix = /^(.*)limit$/i.exec(limit.key)?.[1];
    const deductible = prefix === undefined ? undefined : amounts.find(({ key }) => key.toLowerCase() === `${prefix}deductible`.toLowerCase());
    if (deductible !== undefined && new Dec(limit.amount).lessThan(deductible.amount)) {
      issues.push({
        code: "limit_below_deductible",
        severity: "warning",
        path: [...path, limit.key],
        message: `${limit.key} ${limit.amount} is below ${deductible.key} ${deductible.amount}: check that the two figures are not swapped`,
      });
    }
  }
  return issues;
}

/** Every condition a policy holds (`when` of document requirements, of benefit tiers, …), wherever it sits. */
function conditionsOf(value: unknown, path: Path): { condition: Condition; path: Path }[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => conditionsOf(item, [...path, i]));
  return Object.entries(value).flatMap(([key, child]) =>
    key === "when" && child !== null && typeof child === "object" ? [{ condition: child as Condition, path: [...path, key] }] : conditionsOf(child, [...path, key]),
  );
}

function checkDocumentTypes(policy: unknown, known: readonly string[]): LintIssue[] {
  const requirements = (policy as { documentRequirements?: unknown } | null)?.documentRequirements;
  if (!Array.isArray(requirements)) return [];
  return requirements.flatMap((requirement, i): LintIssue[] => {
    const type = (requirement as { documentType?: unknown } | null)?.documentType;
    if (typeof type !== "string" || known.includes(type)) return [];
    return [
      {
        code: "unknown_document_type",
        severity: "warning",
        path: ["documentRequirements", i, "documentType"],
        message: `document type "${type}" is not a known document type.${didYouMean(type, known)} If it is a new type, add it to the known types (option documentTypes)`,
      },
    ];
  });
}

/**
 * Reports every problem of a policy at once, each with its JSON path, a severity and how to fix it: schema errors,
 * amounts finer than the currency, a per-claim limit above the annual one, limits below deductibles, ratios outside
 * 0..1, negative numbers of days, conditions of document requirements (unknown facts, never true), unknown
 * document types, repeated list entries and untranslated texts.
 * @param policy - the parsed JSON of a policy
 * @param options - `documentTypes` to add known document types
 * @returns the report; `valid` when there is no error (warnings allowed)
 * @example
 * validatePolicy({ ...policy, coverages: [{ ...coverage, annualLimit: "5000.00" }] }).issues[0]?.code; //=> "limit_below_deductible"
 */
export function validatePolicy(policy: unknown, options: ValidatePolicyOptions = {}): LintReport {
  if (!isObjectValue(options)) {
    throw new ValidationError("options of validatePolicy", [{ code: "invalid_input", path: ["options"], message: `must be an object { documentTypes? } or left out, not ${describeValue(options)}` }]);
  }
  // Past the nesting limit nothing else is checked: every check below walks the document recursively.
  const tooDeep = checkNestingDepth(policy);
  if (tooDeep !== undefined) return toLintReport([{ code: tooDeep.code, severity: "error", path: tooDeep.path, message: tooDeep.message }]);
  const schema = checkSchema(PolicySchema, policy);
  const issues: LintIssue[] = [...schema.issues];
  if (schema.ok) {
    // checkPolicyAmounts reports under the config key `policy`.
    for (const issue of checkPolicyAmounts(schema.value)) issues.push({ code: issue.code, severity: "error", path: issue.path.slice(1), message: issue.message });
    for (const { condition, path } of conditionsOf(schema.value, [])) {
      const errors = checkConditions(condition, "claim", path);
      issues.push(...errors.map((issue) => ({ code: issue.code, severity: "error" as const, path: issue.path, message: issue.message })));
      if (errors.length === 0) issues.push(...checkConditionLogic(condition, path, `the condition at ${toDotPath(path)}`).issues);
    }
  }
  const known = [...DOCUMENT_TYPES.map((definition) => definition.type), ...(options.documentTypes ?? [])];
  const schemaPaths = new Set(schema.issues.map((issue) => JSON.stringify(issue.path)));
  // Field checks also run on a document the schema rejected; where the schema already spoke, it has the last word.
  const fieldIssues = [...checkFields(policy, [], false), ...checkDocumentTypes(policy, known)].filter((issue) => !schemaPaths.has(JSON.stringify(issue.path)));
  return toLintReport([...issues, ...fieldIssues]);
}
