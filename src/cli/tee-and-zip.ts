/**
 * Two iterators over the items of one, each taking them at its own pace: each item is read from the source once and
 * held until both have taken it (so what is held is bounded by how far one runs ahead of the other). Closing both
 * closes the source; a side closed alone no longer keeps items.
 * @param source - read only as the sides ask for items
 */
export function teeAsync<T>(source: AsyncIterable<T>): [AsyncIterableIterator<T>, AsyncIterableIterator<T>] {
  const iterator = source[Symbol.asyncIterator]();
  const queues: [T[], T[]] = [[], []];
  const open = [true, true];
  let done = false;
  let reading: Promise<void> | undefined;
  // One read of the source at a time, whichever side asks: the item goes to every side still open.
  const readOne = (): Promise<void> =>
    (reading ??= (async () => {
      try {
        const next = await iterator.next();
        if (next.done === true) done = true;
        else for (const side of [0, 1] as const) if (open[side] === true) queues[side].push(next.value);
      } finally {
        reading = undefined;
      }
    })());
  const side = (which: 0 | 1): AsyncIterableIterator<T> => ({
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        const queue = queues[which];
        if (queue.length > 0) return { done: false, value: queue.shift() as T };
        if (done || open[which] !== true) return { done: true, value: undefined };
        await readOne();
      }
    },
    async return(): Promise<IteratorResult<T>> {
      open[which] = false;
      queues[which] = [];
      if (open[0] !== true && open[1] !== true && !done) {
        done = true;
        await iterator.return?.();
      }
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  });
  return [side(0), side(1)];
}

/**
 * The items of two iterators in pairs, the first of each, then the second of each, until either ends; both are
 * closed when the pairs end or the caller stops early.
 */
export async function* zipAsync<A, B>(first: AsyncIterator<A>, second: AsyncIterator<B>): AsyncGenerator<[A, B], void, undefined> {
  try {
    for (;;) {
      const [a, b] = await Promise.all([first.next(), second.next()]);
      if (a.done === true || b.done === true) return;
      yield [a.value, b.value];
    }
  } finally {
    await Promise.all([first.return?.(), second.return?.()]);
  }
}
