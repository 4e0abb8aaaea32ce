import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { teeAsync, zipAsync } from "../../src/cli/tee-and-zip.js";

/** An async source of `items` that counts how many it has given and whether it was closed. */
function source<T>(items: readonly T[]) {
  const seen = { read: 0, closed: false };
  async function* generate() {
    try {
      for (const item of items) {
        seen.read++;
        await Promise.resolve();
        yield item;
      }
    } finally {
      seen.closed = true;
    }
  }
  return { iterable: generate(), seen };
}

describe("teeAsync", () => {
  test("property: both sides get every item in order, each read from the source once, however the sides take turns", async () => {
    await fc.assert(
      // Each turn pulls from the left side, the right side, or both at once (0, 1, 2), the turns repeated until both end.
      fc.asyncProperty(fc.array(fc.integer(), { maxLength: 40 }), fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 30 }), async (items, turns) => {
        const { iterable, seen } = source(items);
        const sides = teeAsync(iterable);
        const got: [number[], number[]] = [[], []];
        const done = [false, false];
        const pull = async (side: 0 | 1) => {
          const next = await sides[side].next();
          if (next.done === true) done[side] = true;
          else got[side].push(next.value);
        };
        for (let i = 0; !(done[0] && done[1]); i++) {
          const turn = turns[i % turns.length] as 0 | 1 | 2;
          // A side the turns never pull is pulled once the other has ended.
          const side: 0 | 1 = turn === 2 ? 0 : done[turn] ? (turn === 0 ? 1 : 0) : turn;
          await (turn === 2 ? Promise.all([pull(0), pull(1)]) : pull(side));
        }
        expect(got[0]).toEqual(items);
        expect(got[1]).toEqual(items);
        expect(seen.read).toBe(items.length);
      }),
      { numRuns: 150 },
    );
  });

  test("what one side is ahead by is all that is held: the other side gets it later, and nothing is read twice", async () => {
    const { iterable, seen } = source([1, 2, 3, 4, 5]);
    const [left, right] = teeAsync(iterable);
    expect([(await left.next()).value, (await left.next()).value, (await left.next()).value]).toEqual([1, 2, 3]);
    expect(seen.read).toBe(3);
    expect([(await right.next()).value, (await right.next()).value]).toEqual([1, 2]);
    expect(seen.read).toBe(3);
  });

  test("the source is closed when both sides are, and not before; a side closed alone ends", async () => {
    const { iterable, seen } = source([1, 2, 3, 4, 5]);
    const [left, right] = teeAsync(iterable);
    await left.next();
    await right.next();
    await left.return?.();
    expect(seen.closed).toBe(false);
    expect(await left.next()).toEqual({ done: true, value: undefined });
    expect((await right.next()).value).toBe(2);
    await right.return?.();
    expect(seen.closed).toBe(true);
    expect(seen.read).toBe(2);
  });

  test("a failing source fails both sides", async () => {
    async function* failing() {
      yield 1;
      throw new Error("the disk went away");
    }
    const [left, right] = teeAsync(failing());
    expect((await left.next()).value).toBe(1);
    await expect(left.next()).rejects.toThrow("the disk went away");
    expect((await right.next()).value).toBe(1);
  });
});

describe("zipAsync", () => {
  test("pairs the items of two iterators until the shorter ends, and closes both", async () => {
    const a = source([1, 2, 3]);
    const b = source(["a", "b"]);
    const pairs: [number, string][] = [];
    for await (const pair of zipAsync(a.iterable, b.iterable)) pairs.push(pair);
    expect(pairs).toEqual([
      [1, "a"],
      [2, "b"],
    ]);
    expect(a.seen.closed).toBe(true);
    expect(b.seen.closed).toBe(true);
  });

  test("stopping early closes both", async () => {
    const a = source([1, 2, 3]);
    const b = source([4, 5, 6]);
    for await (const pair of zipAsync(a.iterable, b.iterable)) {
      expect(pair).toEqual([1, 4]);
      break;
    }
    expect(a.seen.closed && b.seen.closed).toBe(true);
  });
});
