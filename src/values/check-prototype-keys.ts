import type { Issue } from "../errors/adjudicator-error.js";

type Path = readonly (string | number)[];

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
  const stack: { readonly value: unknown; readonly path: Path }[] = [{ value, path }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const frame = stack.pop() as { readonly value: unknown; readonly path: Path };
    const current = frame.value;
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const keys = Array.isArray(current) ? current.map((_, index) => index) : Object.keys(current);
    if (!Array.isArray(current) && Object.hasOwn(current, "__proto__")) {
      issues.push({ code: "invalid_input", path: [...frame.path, "__proto__"], message: 'the key "__proto__" cannot be data (JavaScript objects treat it as their prototype): use another id or key' });
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string | number;
      if (key === "__proto__") continue;
      stack.push({ value: (current as Record<string | number, unknown>)[key], path: [...frame.path, key] });
    }
  }
  return issues;
}
