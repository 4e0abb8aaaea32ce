import type { Claim } from "../claim/claim-schema.js";
import { signalValueProblems, type SignalDeclaration } from "../claim/signal-declaration-schema.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { defineFact, type FactDefinition } from "./fact-definition.js";

/**
 * The facts of the signals an insurer declares (policy `signals`, or the adjudicator's `signals`): each is a claim
 * fact of its name and type that rules read like any other, its value the claim's `signals.<name>`, else its default.
 */
export function signalFacts(declarations: readonly SignalDeclaration[]): FactDefinition[] {
  return declarations.map((declaration) =>
    defineFact({
      name: declaration.name,
      type: declaration.type,
      scope: "claim",
      description: declaration.description,
      ...(declaration.values !== undefined ? { values: declaration.values } : {}),
      derive: ({ claim }) => (claim.signals !== undefined && Object.hasOwn(claim.signals, declaration.name) ? claim.signals[declaration.name] : declaration.default),
    }),
  );
}

/**
 * The claim's signals against their declarations, every problem with its path: a signal no declaration names, a
 * value of the wrong type or out of its range, a declared signal without a default the claim does not carry.
 */
export function checkClaimSignals(claim: Claim, declarations: readonly SignalDeclaration[]): Issue[] {
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
  const given = claim.signals ?? {};
  const issues: Issue[] = [];
  const known = () => (byName.size === 0 ? "none is declared" : `declared: ${[...byName.keys()].join(", ")}`);
  for (const [name, value] of Object.entries(given)) {
    const declaration = byName.get(name);
    if (declaration === undefined) {
      issues.push({ code: "invalid_input", path: ["claim", "signals", name], message: `signal "${name}" is not declared (${known()}): declare it with its type in the policy's or the adjudicator's signals` });
      continue;
    }
    for (const problem of signalValueProblems(declaration, value)) issues.push({ code: "invalid_input", path: ["claim", "signals", name], message: `signal "${name}" ${problem}` });
  }
  for (const declaration of declarations) {
    if (declaration.default === undefined && !Object.hasOwn(given, declaration.name)) {
      issues.push({ code: "invalid_input", path: ["claim", "signals", declaration.name], message: `signal "${declaration.name}" is required on every claim (it has no default): ${declaration.description.en}` });
    }
  }
  return issues;
}
