import type { Rule, RuleEventFields } from "../rules/rule-set-schema.js";
import { checkLocalizedText } from "./check-texts.js";
import type { LintIssue } from "./lint-issue.js";
import { didYouMean } from "./suggest-name.js";

type Path = readonly (string | number)[];

/**
 * Checks a rule's event beyond its schema: its reason message in both languages, parameters that do nothing for
 * this event type, and the document type it asks for.
 * @param rule - a rule that passed `RuleSchema`
 * @param path - its JSON path, e.g. `["rules", 4]`
 * @param documentTypes - the document types known (catalogue, policy and caller's)
 * @example
 * checkRuleEvent(ruleWithFlagWithoutSeverity, ["rules", 4], types); //=> [{ code: "event_param", path: ["rules", 4, "event"], … }]
 */
export function checkRuleEvent(rule: Rule, path: Path, documentTypes: readonly string[]): LintIssue[] {
  // The lint sees every field the event carries, including those its type ignores.
  const event: RuleEventFields = rule.event;
  const at = [...path, "event"];
  const issues = checkLocalizedText(event.message, [...at, "message"], `the message of reason ${event.reasonCode}`);
  if (event.type === "flag" && event.severity === undefined) {
    issues.push({ code: "event_param", severity: "warning", path: at, message: 'a "flag" without "severity" counts as "medium": state "severity": "low", "medium" or "high"' });
  }
  if (event.type !== "flag" && event.severity !== undefined) {
    issues.push({ code: "event_param", severity: "warning", path: [...at, "severity"], message: `"severity" only weighs flags; a "${event.type}" event ignores it. Remove it` });
  }
  if (event.documentType !== undefined && !documentTypes.includes(event.documentType)) {
    issues.push({
      code: "unknown_document_type",
      severity: "warning",
      path: [...at, "documentType"],
      message: `document type "${event.documentType}" is not a known document type.${didYouMean(event.documentType, documentTypes)} If it is a new type, add it to the known types (option documentTypes)`,
    });
  }
  return issues;
}
