import type { LintIssue } from "./lint-issue.js";
import { didYouMean } from "./suggest-name.js";

type Path = readonly (string | number)[];

/**
 * The policy's collections of things with ids (`clauses`, `coverages`, `feeSchedules`, …), read from the
 * document itself so a new kind of reference is checked without a change here.
 */
export function collectionsOf(document: unknown): ReadonlyMap<string, readonly string[]> {
  const collections = new Map<string, readonly string[]>();
  if (document === null || typeof document !== "object") return collections;
  for (const [key, value] of Object.entries(document)) {
    if (!Array.isArray(value)) continue;
    const ids = value.flatMap((item) => (item !== null && typeof item === "object" && typeof (item as { id?: unknown }).id === "string" ? [(item as { id: string }).id] : []));
    if (ids.length > 0) collections.set(key, ids);
  }
  return collections;
}

/** `coverageId` → `coverages`, `feeScheduleId` → `feeSchedules`, `policyId` → `policies`. */
function collectionFor(key: string, collections: ReadonlyMap<string, readonly string[]>): [string, readonly string[]] | undefined {
  const base = key.endsWith("Ids") ? key.slice(0, -3) : key.slice(0, -2);
  for (const name of [`${base}s`, `${base}es`, base.endsWith("y") ? `${base.slice(0, -1)}ies` : undefined]) {
    const ids = name === undefined ? undefined : collections.get(name);
    if (name !== undefined && ids !== undefined) return [name, ids];
  }
  return undefined;
}

/**
 * Every `…Id` (or `…Ids`) value inside `value` that names something the policy does not have.
 * @param value - e.g. a rule's event
 * @param path - JSON path of `value`
 * @param collections - from `collectionsOf(policy)`
 * @param skip - keys checked elsewhere
 * @example
 * checkReferences({ cap: { feeScheduleId: "FS-2025" } }, ["rules", 2, "event"], collectionsOf(policy), new Set());
 * //=> [{ code: "unknown_reference", path: [… "cap", "feeScheduleId"], message: 'the policy has no feeSchedules entry "FS-2025" …' }]
 */
export function checkReferences(value: unknown, path: Path, collections: ReadonlyMap<string, readonly string[]>, skip: ReadonlySet<string>): LintIssue[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => checkReferences(item, [...path, i], collections, skip));
  return Object.entries(value).flatMap(([key, child]): LintIssue[] => {
    const at = [...path, key];
    if (skip.has(key) || !/^[a-z]\w*Ids?$/.test(key)) return checkReferences(child, at, collections, skip);
    const target = collectionFor(key, collections);
    if (target === undefined) return [];
    const [name, ids] = target;
    const named = typeof child === "string" ? [{ id: child, at }] : Array.isArray(child) ? child.flatMap((id, i) => (typeof id === "string" ? [{ id, at: [...at, i] }] : [])) : [];
    return named
      .filter(({ id }) => !ids.includes(id))
      .map(({ id, at: idPath }) => ({
        code: "unknown_reference" as const,
        severity: "error" as const,
        path: idPath,
        message: `the policy has no ${name} entry "${id}" (its ${name}: ${ids.join(", ")}).${didYouMean(id, ids)}`,
      }));
  });
}
