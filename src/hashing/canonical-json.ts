/** A string JSON writes as is between quotes: no control character, `"`, `\` or surrogate (those take the slow path). */
const PLAIN = /^[^\x00-\x1f"\\\ud800-\udfff]*$/;

function quote(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * Object keys as JSON writes them, quoted once: a claim's keys are the same few field names claim after claim. At
 * most `KEY_CACHE_LIMIT` keys are kept (ids used as keys, invoice numbers, are not all kept); what it holds is a
 * function of the key alone, so no caller can tell it is there.
 */
const quotedKeys = new Map<string, string>();
const KEY_CACHE_LIMIT = 4096;

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = quote(key);
    if (quotedKeys.size < KEY_CACHE_LIMIT) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** Up to this many keys, an object's keys are put in order by insertion in place; more, by `Array.prototype.sort`. */
const INSERTION_SORT_LIMIT = 32;

/**
 * The keys of an object in UTF-16 code-unit order (what `sort()` gives strings), sorting only when they are not in
 * that order already. A claim's objects have a few dozen keys at most: sorted by insertion in the array
 * `Object.keys` gave, they cost no comparator calls and no scratch array (the sort's was a tenth of what
 * adjudicating a claim allocated).
 */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  const count = keys.length;
  if (count > INSERTION_SORT_LIMIT) {
    for (let i = 1; i < count; i++) {
      if ((keys[i - 1] as string) > (keys[i] as string)) return keys.sort();
    }
    return keys;
  }
  for (let i = 1; i < count; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    if ((keys[j] as string) <= key) continue;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
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
      // A finite number as JSON.stringify writes it: Number::toString, -0 as "0".
      return String(value);
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
          if (i > 0) out += ",";
          out += item === undefined || typeof item === "function" || typeof item === "symbol" ? "null" : canonicalJson(item);
        }
        return out + "]";
      }
      const record = value as Record<string, unknown>;
      const keys = sortedKeys(record);
      let out = "{";
      let first = true;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const item = record[key];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        if (first) first = false;
        else out += ",";
        out += quoteKey(key) + ":" + canonicalJson(item);
      }
      return out + "}";
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}
