import { toDotPath } from "../errors/adjudicator-error.js";
import { isFactCondition, type Condition } from "../rules/condition-schema.js";
import { describeAtom, toTerms, type Atom, type Term } from "./condition-terms.js";
import { FACT_DOMAIN } from "./fact-domain.js";
import { findContradiction } from "./find-contradiction.js";
import type { LintIssue } from "./lint-issue.js";
import { didYouMean } from "./suggest-name.js";

type Path = readonly (string | number)[];

export interface ConditionLogic {
  readonly issues: LintIssue[];
  /** The conditions' terms with impossible ones removed (`undefined`: too many to reason about). */
  readonly terms: readonly Term[] | undefined;
  /** No term can hold: the conditions are never true. */
  readonly unsatisfiable: boolean;
}

const EQUALITY_OPERATORS = new Set(["equal", "notEqual", "in", "notIn"]);

/** Where an atom sits, relative to the conditions: `all[1].any[0]`. */
function relative(atom: Atom, base: Path): string {
  return toDotPath(atom.path.slice(base.length));
}

function explain(conflict: readonly Atom[], base: Path): string {
  if (conflict.length === 1) {
    const [atom] = conflict as [Atom];
    const why = atom.type === "money" ? " (amounts are never negative)" : atom.type === "boolean" ? "" : " (no value of the fact satisfies it)";
    return `${describeAtom(atom)} (${relative(atom, base)}) can never hold${why}`;
  }
  return `${conflict.map((atom) => `${describeAtom(atom)} (${relative(atom, base)})`).join(" and ")} can never hold together`;
}

/** Every comparison of a tree, with its path. */
function comparisons(condition: Condition, path: Path): { condition: Extract<Condition, { fact: string }>; path: Path }[] {
  if (isFactCondition(condition)) return [{ condition, path }];
  if ("all" in condition) return condition.all.flatMap((child, i) => comparisons(child, [...path, "all", i]));
  if ("any" in condition) return condition.any.flatMap((child, i) => comparisons(child, [...path, "any", i]));
  return comparisons(condition.not, [...path, "not"]);
}

/** Values compared with a fact that can only take a few values (booleans aside, which the type check covers). */
function checkValues(condition: Condition, path: Path): { issues: LintIssue[]; impossible: Set<string> } {
  const issues: LintIssue[] = [];
  const impossible = new Set<string>();
  for (const { condition: comparison, path: at } of comparisons(condition, path)) {
    const allowed = FACT_DOMAIN.valuesOf(`${comparison.fact}${comparison.path ?? ""}`);
    if (allowed === undefined || !EQUALITY_OPERATORS.has(comparison.operator)) continue;
    const listed = Array.isArray(comparison.value) ? comparison.value.map((value, i) => ({ value, at: [...at, "value", i] })) : [{ value: comparison.value, at: [...at, "value"] }];
    for (const { value, at: valuePath } of listed) {
      if (allowed.includes(value)) continue;
      impossible.add(JSON.stringify(at));
      const names = allowed.filter((item): item is string => typeof item === "string");
      issues.push({
        code: "unknown_value",
        severity: "error",
        path: valuePath,
        message: `"${comparison.fact}" is one of ${names.map((name) => JSON.stringify(name)).join(", ")}; ${JSON.stringify(value)} never occurs.${typeof value === "string" ? didYouMean(value, names) : ""}`,
      });
    }
  }
  return { issues, impossible };
}

function checkStyle(condition: Condition, path: Path): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const { condition: comparison, path: at } of comparisons(condition, path)) {
    const atom = toTerms(comparison, at)?.[0]?.atoms[0];
    if (atom?.type === "money" && EQUALITY_OPERATORS.has(comparison.operator)) {
      const fix = comparison.operator === "equal" ? '"moneyEqual"' : comparison.operator === "notEqual" ? '{ "not": { … "moneyEqual" … } }' : 'an "any" of "moneyEqual" comparisons';
      issues.push({
        code: "money_compared_as_text",
        severity: "warning",
        path: [...at, "operator"],
        message: `"${comparison.operator}" compares the amount "${comparison.fact}" as text, so "2000" does not equal "2000.00"; use ${fix}`,
      });
    }
    if (comparison.params !== undefined) {
      issues.push({
        code: "ignored_params",
        severity: "warning",
        path: [...at, "params"],
        message: `"params" is ignored: the facts of the catalogue take no parameters. Remove it (put notes in "name")`,
      });
    }
  }
  return issues;
}

/**
 * What the comparisons of a condition tree mean together: whether the tree can ever hold, which `any` alternatives
 * never can, whether it always holds; plus values an enumerated fact never takes and money compared as text.
 * @param condition - a rule's `conditions`, or a document requirement's `when`
 * @param path - its JSON path in the file, e.g. `["rules", 3, "conditions"]`
 * @param subject - how messages name what owns the conditions, e.g. `rule "late-report"`
 * @returns the issues, and the terms for the checks that compare rules with each other
 * @example
 * checkConditionLogic({ all: [gt10, lt5] }, ["rules", 0, "conditions"], 'rule "x"').unsatisfiable; //=> true
 */
export function checkConditionLogic(condition: Condition, path: Path, subject: string): ConditionLogic {
  const values = checkValues(condition, path);
  const issues = [...values.issues, ...checkStyle(condition, path)];
  const all = toTerms(condition, path);
  if (all === undefined) return { issues, terms: undefined, unsatisfiable: false };
  // A value already reported as impossible is not reasoned about again: one error per mistake.
  const known = (term: Term): Term => ({ ...term, atoms: term.atoms.filter((atom) => !values.impossible.has(JSON.stringify(atom.path))) });
  const analysed = all.map((term) => ({ term, conflict: findContradiction(known(term).atoms, FACT_DOMAIN) }));
  const possible = analysed.filter((entry) => entry.conflict === undefined).map((entry) => entry.term);

  if (possible.length === 0) {
    const conflicts = [...new Set(analysed.map((entry) => explain(entry.conflict ?? [], path)))];
    const single = analysed.length === 1 ? analysed[0]?.conflict : undefined;
    const where = single === undefined ? path : (single[single.length - 1] as Atom).path;
    issues.push({
      code: "unsatisfiable_condition",
      severity: "error",
      path: where,
      message: `${subject} can never apply: ${conflicts.slice(0, 3).join("; ")}${conflicts.length > 3 ? "; …" : ""}. Fix the values, or use "any" where either comparison should do`,
    });
    return { issues, terms: [], unsatisfiable: true };
  }

  // The terms through each `any` alternative, in one pass (a term can go through thousands of them).
  const through = new Map<string, (typeof analysed)[number][]>();
  for (const entry of analysed) {
    for (const branch of new Set(entry.term.branches)) {
      const entries = through.get(branch);
      if (entries === undefined) through.set(branch, [entry]);
      else entries.push(entry);
    }
  }
  const dead = [...through].filter(([, entries]) => entries.every((entry) => entry.conflict !== undefined)).map(([branch]) => branch);
  const deadSet = new Set(dead);
  for (const branch of dead) {
    // Report the outermost dead alternative only: skip one inside another (its path extends an `any` index's path).
    const branchPath = JSON.parse(branch) as (string | number)[];
    const isInside = branchPath.some((segment, i) => segment === "any" && i + 2 < branchPath.length && deadSet.has(JSON.stringify(branchPath.slice(0, i + 2))));
    if (isInside) continue;
    const conflict = through.get(branch)?.[0]?.conflict ?? [];
    issues.push({
      code: "dead_branch",
      severity: "warning",
      path: branchPath,
      message: `this alternative never holds (${explain(conflict, path)}): ${subject} only applies through the others. Fix it or remove it`,
    });
  }

  const negation = toTerms(condition, path, true);
  if (negation !== undefined && negation.every((term) => findContradiction(known(term).atoms, FACT_DOMAIN) !== undefined)) {
    issues.push({
      code: "always_true",
      severity: "warning",
      path,
      message: `${subject} always applies: whatever the claim, these conditions hold. Check the comparisons (a bound on the wrong side, "any" instead of "all")`,
    });
  }
  return { issues, terms: possible.map(known), unsatisfiable: false };
}
