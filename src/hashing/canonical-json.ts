/** A string JSON writes as is between quotes: no control character, `"`, `\` or surrogate (those take the slow path). */
const PLAIN = /^[^\x00-\x1f"\\\ud800-\udfff]*$/;

function quote(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * JSON in the canonical form of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers as ECMAScript `JSON.stringify` writes them (which is what JCS prescribes). It is what the `canonicalize`
 * package writes, byte for byte (a property test compares them), at a fraction of the cost: most strings of a claim
 * (Chinese text included) need no escaping and are quoted as they are. Every claim is hashed, so this matters.
 *
 * @throws {TypeError} for what JSON cannot hold (NaN, ±Infinity, a value with no JSON form).
 * @example
 * canonicalJson({ b: 1, a: [true, "x"] }) //=> '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      if (value === null) return "null";
      const withToJson = value as { toJSON?: unknown };
      if (typeof withToJson.toJSON === "function") return canonicalJson((withToJson.toJSON as () => unknown)());
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          out += (i === 0 ? "" : ",") + (item === undefined || typeof item === "function" || typeof item === "symbol" ? "null" : canonicalJson(item));
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      let out = "{";
      let first = true;
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        out += `${first ? "" : ","}${quote(key)}:${canonicalJson(item)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}
