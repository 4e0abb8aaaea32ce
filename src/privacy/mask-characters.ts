/** A character position that is masked or may be: letters, digits, and `*` (already masked, so masking twice changes nothing). */
const ALPHANUMERIC = /[0-9A-Za-z*]/;

/**
 * Replaces every letter and digit of `value` with `*` except the first `keepFirst` and the last `keepLast` of them;
 * separators (spaces, hyphens, `+`) stay where they are, so the masked value keeps its shape. A `*` counts as a
 * position, so a masked value masks to itself.
 */
export function maskCharacters(value: string, keepFirst: number, keepLast: number): string {
  const total = [...value].filter((char) => ALPHANUMERIC.test(char)).length;
  let seen = 0;
  let out = "";
  for (const char of value) {
    if (!ALPHANUMERIC.test(char)) {
      out += char;
      continue;
    }
    out += seen < keepFirst || seen >= total - keepLast ? char : "*";
    seen += 1;
  }
  return out;
}

/** How many letters, digits and `*` `value` has. */
export function countAlphanumerics(value: string): number {
  return [...value].filter((char) => ALPHANUMERIC.test(char)).length;
}
