import type { FactValues } from "../rules/condition-evaluator.js";
import type { LocalizedText } from "../values/primitives.js";
import { renderTemplate, templateParameters } from "../text/render-template.js";

/**
 * A rule's message filled with the claim's facts: a rule author writes `"reported {reportDelayDays} days after"` or
 * `"{totalBilled:money} billed"`, and the decision shows the figures. Returns the figures used, as strings.
 */
export function ruleMessage(message: LocalizedText, facts: FactValues, currency: string): { message: LocalizedText; params: Record<string, string> } {
  const names = new Set([...templateParameters(message.en), ...templateParameters(message.zh)].map((parameter) => parameter.name));
  const params: Record<string, string> = {};
  for (const name of [...names].sort()) {
    const value = facts[name];
    if (value !== undefined && value !== null && typeof value !== "object") params[name] = String(value);
    else if (Array.isArray(value)) params[name] = value.join(",");
  }
  return { message: names.size === 0 ? message : renderTemplate(message, facts, currency), params };
}
