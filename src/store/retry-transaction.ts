import { StoreError } from "./store-error.js";

/** How transactions that lost a race are retried. Every field has a default; tests inject `random` and `sleep`. */
export interface RetryPolicy {
  /** Attempts in all, the first included. Default 10. */
  readonly maxAttempts?: number;
  /** The first retry waits up to this long; each further one up to twice as long. Default 5 ms. */
  readonly baseDelayMs?: number;
  /** No wait is longer than this. Default 1,000 ms. */
  readonly maxDelayMs?: number;
  /** Uniform in [0, 1): the jitter. Default `Math.random`, read here at the adapter's edge, never in the core. */
  readonly random?: () => number;
  /** Waits `ms` milliseconds. Default a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told of each retry, e.g. to count them. */
  readonly onRetry?: (event: { readonly attempt: number; readonly delayMs: number; readonly code: string }) => void;
}

/**
 * SQLSTATEs after which the whole transaction can simply run again: serialization failure and deadlock. A unique
 * violation of a key that two transactions created at once (a new claim id, an idempotency key) is retried too:
 * the retry reads the row the other transaction committed.
 */
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01"]);
const RACED_CONSTRAINTS = new Set(["claims_pkey", "idempotency_keys_pkey", "ledgers_pkey"]);

/** The SQLSTATE that makes `error` worth retrying, or `undefined`. */
export function retryableSqlState(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (typeof code !== "string") return undefined;
  if (RETRYABLE_SQLSTATES.has(code)) return code;
  if (code === "23505" && typeof constraint === "string" && RACED_CONSTRAINTS.has(constraint)) return code;
  return undefined;
}

/**
 * The wait before retry `attempt` (1 for the first retry): "full jitter", uniform between 0 and
 * min(maxDelayMs, baseDelayMs × 2^(attempt − 1)), so workers that collided do not collide again in step.
 *
 * @example
 * backoffDelayMs(3, { baseDelayMs: 5, maxDelayMs: 1000, random: () => 0.5 }) //=> 10
 */
export function backoffDelayMs(attempt: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs" | "random">): number {
  const ceiling = Math.min(policy.maxDelayMs ?? 1000, (policy.baseDelayMs ?? 5) * 2 ** (attempt - 1));
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` (a whole transaction) until it succeeds, retrying with backoff while it fails with a serialization
 * failure, a deadlock or a raced key. Other errors are rethrown at once.
 *
 * @throws StoreError `retries_exhausted` (its `cause` the last failure) after `maxAttempts`
 * @example
 * await retryTransaction(() => database.transaction(record), { random: () => 0.5 })
 */
export async function retryTransaction<T>(attempt: () => Promise<T>, policy: RetryPolicy = {}): Promise<T> {
  const maxAttempts = policy.maxAttempts ?? 10;
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      const code = retryableSqlState(error);
      if (code === undefined) throw error;
      if (tried >= maxAttempts) {
        throw new StoreError("retries_exhausted", [], `the transaction failed ${tried} times in a row (SQLSTATE ${code}: ${error instanceof Error ? error.message : String(error)}); giving up`, { cause: error });
      }
      const delayMs = backoffDelayMs(tried, policy);
      policy.onRetry?.({ attempt: tried, delayMs, code });
      await (policy.sleep ?? timer)(delayMs);
    }
  }
}
