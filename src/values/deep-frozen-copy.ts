/**
 * A deep copy of plain JSON data with every object and array frozen: what the library hands out of its own state,
 * so that no caller can change it (setting `adjudicator.policy.period.expiry` changes nothing, in strict mode it throws).
 * @param value - plain data (objects, arrays, strings, numbers, booleans, null)
 * @returns the frozen copy
 * @example
 * Object.isFrozen(deepFrozenCopy({ a: [1] }).a) //=> true
 */
export function deepFrozenCopy<T>(value: T): T {
  return freezeAll(structuredClone(value));
}

function freezeAll<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object" || Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const child of Object.values(current)) stack.push(child);
  }
  return value;
}
