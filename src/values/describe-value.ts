/**
 * What a value is, for a message that says what was expected instead.
 * @example
 * describeValue(null) //=> "null"
 * describeValue([1]) //=> "an array"
 */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Whether a value is a plain object (not null, not an array): what an options argument must be. */
export function isObjectValue(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
