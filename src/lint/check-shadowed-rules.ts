import type { Rule } from "../rules/rule-set-schema.js";
import { negateAtom, type Term } from "./condition-terms.js";
import { FACT_DOMAIN } from "./fact-domain.js";
import { findContradiction } from "./find-contradiction.js";
import type { LintIssue } from "./lint-issue.js";

export interface AnalysedRule {
  readonly index: number;
  readonly rule: Rule;
  /** The satisfiable terms of its conditions; `undefined` when too many to reason about. */
  readonly terms: readonly Term[] | undefined;
}

/**
 * Whether every claim (or line) that satisfies `narrow` also satisfies `broad`: each term of `narrow` rules out
 * the negation of every comparison of some term of `broad`.
 */
function implies(narrow: readonly Term[], broad: readonly Term[]): boolean {
  if (narrow.length === 0) return false;
  return narrow.every((term) =>
    broad.some((candidate) => candidate.atoms.every((atom) => findContradiction([...term.atoms, negateAtom(atom)], FACT_DOMAIN) !== undefined)),
  );
}

/** What a rule does, without its wording: two rules with the same effect repeat each other. */
function effect(rule: Rule): string {
  const { message: _message, ...rest } = rule.event;
  return JSON.stringify(Object.keys(rest).sort().map((key) => [key, (rest as Record<string, unknown>)[key]]));
}

/**
 * Rules that can never make a difference: those that only apply when a denial applies too (a denial overrides
 * referrals, exclusions and document requests), and those that only apply when another rule with the same effect does.
 * Flags are never shadowed: every flag that fires is reported.
 * @param rules - the rules whose conditions can hold, with their terms
 * @returns warnings at `rules[i]`
 * @example
 * checkShadowedRules([deniesOver60, refersOver65]); //=> [{ code: "shadowed_rule", path: ["rules", 1], … }]
 */
export function checkShadowedRules(rules: readonly AnalysedRule[]): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const narrow of rules) {
    if (narrow.terms === undefined) continue;
    for (const broad of rules) {
      if (broad === narrow || broad.terms === undefined) continue;
      const sameEffect = effect(broad.rule) === effect(narrow.rule);
      // Every flag that fires is reported, whatever the outcome: a denial does not shadow it.
      const denies = broad.rule.event.type === "deny" && narrow.rule.event.type !== "deny" && narrow.rule.event.type !== "flag";
      if (!sameEffect && !denies) continue;
      if (!implies(narrow.terms, broad.terms)) continue;
      // Two rules that imply each other with the same effect: report the later one only.
      if (sameEffect && broad.index > narrow.index && implies(broad.terms, narrow.terms)) continue;
      issues.push(
        denies
          ? {
              code: "shadowed_rule",
              severity: "warning",
              path: ["rules", narrow.index],
              message: `rule "${narrow.rule.id}" never changes the outcome: whenever it applies, rule "${broad.rule.id}" (rules[${broad.index}]) applies too and denies the claim, which overrides a "${narrow.rule.event.type}". Narrow "${broad.rule.id}", or remove "${narrow.rule.id}"`,
            }
          : {
              code: "redundant_rule",
              severity: "warning",
              path: ["rules", narrow.index],
              message: `rule "${narrow.rule.id}" only applies when rule "${broad.rule.id}" (rules[${broad.index}]) applies too, with the same effect (${narrow.rule.event.type} ${narrow.rule.event.reasonCode}): it only repeats it. Remove one of them, or make their conditions differ`,
            },
      );
      break;
    }
  }
  return issues;
}
