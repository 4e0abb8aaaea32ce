import type { Issue } from "../errors/adjudicator-error.js";

type Path = readonly (string | number)[];

interface Frame {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Frame | undefined;
}

function pathOf(frame: Frame, base: Path): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return [...base, ...keys.reverse()];
}

/**
 * Finds every key `"__proto__"` in an input, without recursion. `JSON.parse` keeps it as a key, but a JavaScript
 * object built from it cannot hold it as data (assigning it sets the prototype, and the schemas drop it), so a
 * ledger entry, an invoice or a counter under that key would silently vanish: it is refused instead, with its path.
 * Call it after `checkNestingDepth`, before parsing an input with a schema.
 * @param value - the input, e.g. a parsed JSON document
 * @param path - the JSON path of `value`, put in front of each path reported
 * @returns an `invalid_input` issue for each such key, in document order
 * @example
 * checkPrototypeKeys(JSON.parse('{"invoices":{"__proto__":"1.00"}}'), ["ledger"]);
 * //=> [{ code: "invalid_input", path: ["ledger", "invoices", "__proto__"], message: 'the key "__proto__" …' }]
 */
export function checkPrototypeKeys(value: unknown, path: Path = []): Issue[] {
  const issues: Issue[] = [];
  // Only objects and arrays are pushed, each with its parent: a path is built only for a key found (claims are hashed,
  // validated and walked on every adjudication, so no array is made per value).
  const stack: Frame[] = value !== null && typeof value === "object" ? [{ value, key: undefined, parent: undefined }] : [];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value as object;
    if (seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (item !== null && typeof item === "object") stack.push({ value: item, key: i, parent: frame });
      }
      continue;
    }
    if (Object.hasOwn(current, "__proto__")) {
      issues.push({ code: "invalid_input", path: [...pathOf(frame, path), "__proto__"], message: 'the key "__proto__" cannot be data (JavaScript objects treat it as their prototype): use another id or key' });
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (key === "__proto__") continue;
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === "object") stack.push({ value: item, key, parent: frame });
    }
  }
  return issues;
}
