import type { Issue } from "../errors/adjudicator-error.js";
import type { FactRegistry } from "../facts/fact-registry.js";
import { checkRiskConfig } from "../risk/check-risk-config.js";
import { checkRoutingConfig } from "../routing/check-routing-config.js";
import { checkSamplingConfig } from "../sampling/check-sampling-config.js";
import type { Operations } from "./operations-schema.js";

/** What the operations configuration's schema cannot see, checked against the adjudicator's policy and facts. */
export function checkOperations(operations: Operations, context: { readonly facts: FactRegistry; readonly currency: string; readonly minorUnits: number }): Issue[] {
  const issues: Issue[] = [];
  if (operations.currency !== context.currency) {
    issues.push({ code: "currency_mismatch", path: ["operations", "currency"], message: `the operations configuration's amounts are in ${operations.currency}, the policy pays in ${context.currency}: use a configuration in ${context.currency}` });
  }
  if (operations.risk !== undefined) issues.push(...checkRiskConfig(operations.risk, ["operations", "risk"], context));
  if (operations.routing !== undefined) issues.push(...checkRoutingConfig(operations.routing, operations.risk, ["operations", "routing"], { code: context.currency, minorUnits: context.minorUnits }));
  if (operations.sampling !== undefined) issues.push(...checkSamplingConfig(operations.sampling, ["operations", "sampling"], { code: context.currency, minorUnits: context.minorUnits }));
  return issues;
}

/** The facts the operations read, to derive with the rules' facts for every claim. */
export function operationsFacts(operations: Operations | undefined): string[] {
  return (operations?.risk?.indicators ?? []).flatMap((indicator) => (indicator.kind === "external_score" ? [indicator.fact] : []));
}
