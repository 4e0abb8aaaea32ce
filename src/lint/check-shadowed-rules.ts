import type { Rule } from "../rules/rule-set-schema.js";
import { negateAtom, type Atom, type Term } from "./condition-terms.js";
import { FACT_DOMAIN } from "./fact-domain.js";
import { alwaysHolds, findContradiction, impliedValueCandidates, requiredValues } from "./find-contradiction.js";
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

/** Index keys: a fact (`k…`), a fact with one value it must take (`v…`), or a term that holds always (`*`). */
const ALWAYS = "*";
const factKey = (key: string) => `k${key}`;
const valueKey = (key: string, value: unknown) => `v${key}\u0000${JSON.stringify(value) ?? String(value)}`;

/**
 * Where a rule that could imply others is filed, one entry per term: a term of `broad` implies a term of `narrow`
 * only if `narrow` constrains the fact of each comparison of it that does not always hold, and, for a comparison that
 * requires values (`incidentType equal "illness"`, `diagnosisCodes contains "K35"`), only if `narrow` leaves that
 * fact a value among them (see `impliedValueCandidates`).
 */
function anchorsOf(term: Term): string[] {
  const required = term.atoms.filter((atom) => !alwaysHolds(atom, FACT_DOMAIN));
  if (required.length === 0) return [ALWAYS];
  for (const atom of required) {
    const values = requiredValues(atom);
    if (values !== undefined) return values.map((value) => valueKey(atom.key, value));
  }
  return [factKey((required[0] as Atom).key)];
}

/** The index keys under which the rules that could imply a rule whose first term is `term` are filed. */
function lookupsOf(term: Term): string[] {
  const byKey = new Map<string, Atom[]>();
  for (const atom of term.atoms) {
    const atoms = byKey.get(atom.key);
    if (atoms === undefined) byKey.set(atom.key, [atom]);
    else atoms.push(atom);
  }
  const lookups = [ALWAYS];
  for (const [key, atoms] of byKey) {
    lookups.push(factKey(key));
    for (const value of impliedValueCandidates(atoms, FACT_DOMAIN)) lookups.push(valueKey(key, value));
  }
  return lookups;
}

type RuleIndex = Map<string, number[]>;

function file(index: RuleIndex, anchors: readonly string[], position: number): void {
  for (const anchor of anchors) {
    const entries = index.get(anchor);
    if (entries === undefined) index.set(anchor, [position]);
    else if (entries[entries.length - 1] !== position) entries.push(position);
  }
}

/**
 * Rules that can never make a difference: those that only apply when a denial applies too (a denial overrides
 * referrals, exclusions and document requests), and those that only apply when another rule with the same effect does.
 * Flags are never shadowed: every flag that fires is reported.
 * Only the rules an index says could imply a rule are compared with it, so a rule set of independent rules is
 * checked in linear time.
 * @param rules - the rules whose conditions can hold, with their terms
 * @returns warnings at `rules[i]`
 * @example
 * checkShadowedRules([deniesOver60, refersOver65]); //=> [{ code: "shadowed_rule", path: ["rules", 1], … }]
 */
export function checkShadowedRules(rules: readonly AnalysedRule[]): LintIssue[] {
  const effects = rules.map((entry) => effect(entry.rule));
  // Rules by effect (for `redundant_rule`) and denials (for `shadowed_rule`), filed under their anchors.
  const byEffect = new Map<string, RuleIndex>();
  const denials: RuleIndex = new Map();
  for (const [position, broad] of rules.entries()) {
    if (broad.terms === undefined) continue;
    const sameEffect = byEffect.get(effects[position] as string) ?? new Map<string, number[]>();
    byEffect.set(effects[position] as string, sameEffect);
    for (const term of broad.terms) {
      const anchors = anchorsOf(term);
      file(sameEffect, anchors, position);
      if (broad.rule.event.type === "deny") file(denials, anchors, position);
    }
  }

  const issues: LintIssue[] = [];
  for (const [narrowPosition, narrow] of rules.entries()) {
    const first = narrow.terms?.[0];
    if (narrow.terms === undefined || first === undefined) continue;
    const indexes = [byEffect.get(effects[narrowPosition] as string)];
    if (narrow.rule.event.type !== "deny" && narrow.rule.event.type !== "flag") indexes.push(denials);
    const candidates = new Set<number>();
    for (const lookup of lookupsOf(first)) for (const index of indexes) for (const position of index?.get(lookup) ?? []) candidates.add(position);
    for (const position of [...candidates].sort((a, b) => a - b)) {
      const broad = rules[position] as AnalysedRule;
      if (broad === narrow || broad.terms === undefined) continue;
      const sameEffect = effects[position] === effects[narrowPosition];
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
