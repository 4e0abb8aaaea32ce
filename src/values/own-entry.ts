/**
 * The value a record holds under `key` itself, never one inherited from `Object.prototype`: for records keyed by ids
 * a rule author chose, where `record["constructor"]` would otherwise be the `Object` function.
 * @example
 * ownEntry({}, "constructor") //=> undefined
 * ownEntry({ constructor: "1.00" }, "constructor") //=> "1.00"
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
