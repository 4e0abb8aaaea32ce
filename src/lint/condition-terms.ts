import { isFactCondition, type Condition } from "../rules/condition-schema.js";
import type { FactType } from "../facts/fact-definition.js";
import { LIBRARY_FACTS } from "../facts/fact-registry.js";

type Path = readonly (string | number)[];

/** One comparison of a rule, possibly negated by the `not`s above it, as the linter reasons about it. */
export interface Atom {
  /** The fact and the path into it: what the comparison constrains, e.g. `line$.category`. */
  readonly key: string;
  readonly fact: string;
  readonly factPath?: string;
  /** The type of the value compared; `undefined` when the fact is unknown (reported elsewhere). */
  readonly type: FactType | undefined;
  readonly operator: string;
  readonly value: unknown;
  readonly negated: boolean;
  /** JSON path of the comparison in the file. */
  readonly path: Path;
}

/** One way the conditions can hold: every atom true at once. `branches` are the `any` alternatives it goes through. */
export interface Term {
  readonly atoms: readonly Atom[];
  readonly branches: readonly string[];
}

/** Past this many alternatives (products of nested `any`s) the linter does not reason about a rule. */
const TERM_LIMIT = 256;

function factType(fact: string, factPath: string | undefined): FactType | undefined {
  const definition = LIBRARY_FACTS.find(fact);
  if (definition === undefined) return undefined;
  if (factPath === undefined) return definition.type;
  const field = /^\$\.([A-Za-z_]\w*)$/.exec(factPath)?.[1];
  return field === undefined ? undefined : definition.fields?.[field];
}

/**
 * Every way to pick one term of each conjunct, in order (the last conjunct varies fastest), each term's atoms
 * copied once: linear in the atoms however many conjuncts there are. `undefined` past `TERM_LIMIT` terms.
 */
function product(conjuncts: readonly (readonly Term[])[]): Term[] | undefined {
  let count = 1;
  for (const terms of conjuncts) {
    count *= terms.length;
    if (count > TERM_LIMIT) return undefined;
  }
  const chosen = conjuncts.map(() => 0);
  const result: Term[] = [];
  for (let n = 0; n < count; n++) {
    const atoms: Atom[] = [];
    const branches: string[] = [];
    for (const [i, terms] of conjuncts.entries()) {
      const term = terms[chosen[i] as number] as Term;
      for (const atom of term.atoms) atoms.push(atom);
      for (const branch of term.branches) branches.push(branch);
    }
    result.push({ atoms, branches });
    for (let i = conjuncts.length - 1; i >= 0; i--) {
      chosen[i] = (chosen[i] as number) + 1;
      if ((chosen[i] as number) < (conjuncts[i] as readonly Term[]).length) break;
      chosen[i] = 0;
    }
  }
  return result;
}

/**
 * The conditions in disjunctive normal form: a list of terms, any of which makes them hold.
 * `not` is pushed down to the comparisons (De Morgan), so each atom carries its own negation.
 * @param condition - a rule's `conditions`
 * @param path - JSON path of `condition` in the file
 * @param negated - build the terms of `not condition` instead
 * @returns the terms, or `undefined` when there would be more than a few hundred
 * @example
 * toTerms({ any: [{ fact: "a", operator: "equal", value: 1 }, { fact: "b", operator: "equal", value: 2 }] }, ["conditions"])?.length; //=> 2
 */
export function toTerms(condition: Condition, path: Path, negated = false): Term[] | undefined {
  if (isFactCondition(condition)) {
    const atom: Atom = {
      key: `${condition.fact}${condition.path ?? ""}`,
      fact: condition.fact,
      ...(condition.path !== undefined ? { factPath: condition.path } : {}),
      type: factType(condition.fact, condition.path),
      operator: condition.operator,
      value: condition.value,
      negated,
      path,
    };
    return [{ atoms: [atom], branches: [] }];
  }
  if ("not" in condition) return toTerms(condition.not, [...path, "not"], !negated);
  const conjunction = "all" in condition ? !negated : negated;
  const key = "all" in condition ? "all" : "any";
  const children = "all" in condition ? condition.all : condition.any;
  const childTerms: Term[][] = [];
  for (const [i, child] of children.entries()) {
    const terms = toTerms(child, [...path, key, i], negated);
    if (terms === undefined) return undefined;
    // Only the alternatives of a plain `any` are branches an author can remove.
    childTerms.push(!conjunction && !negated ? terms.map((term) => ({ ...term, branches: [...term.branches, JSON.stringify([...path, key, i])] })) : terms);
  }
  if (conjunction) return product(childTerms);
  const union = childTerms.flat();
  return union.length > TERM_LIMIT ? undefined : union;
}

/** The same comparison with the opposite truth value. */
export function negateAtom(atom: Atom): Atom {
  return { ...atom, negated: !atom.negated };
}

/** How the comparison reads in a message, in backquotes: `reportDelayDays greaterThan 10`, `not line.category in ["nutrition"]`. */
export function describeAtom(atom: Atom): string {
  const subject = `${atom.fact}${atom.factPath === undefined ? "" : atom.factPath.slice(1)}`;
  return `\`${atom.negated ? "not " : ""}${subject} ${atom.operator} ${JSON.stringify(atom.value)}\``;
}
