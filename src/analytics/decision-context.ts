import type { Decision } from "../decision/decision-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import type { DecisionDates } from "./decision-dates.js";
import type { DecisionExtensions } from "./decision-extensions-schema.js";
import type { DecisionEvents, ProductRef, ProviderRef } from "./decision-record-schema.js";

/** One decision as every part of the analysis sees it: the decision, what its record adds, and what was read from it. */
export interface DecisionContext {
  readonly decision: Decision;
  readonly product?: ProductRef;
  readonly provider?: ProviderRef;
  readonly events: DecisionEvents;
  readonly extensions: DecisionExtensions;
  readonly dates: DecisionDates;
  /** The title of a clause the decision cites. */
  clauseTitle(clauseId: string): LocalizedText | undefined;
}

/** Orders rows by a count, largest first, then by key, so equal counts always list the same way. */
export function byCountThenKey<T>(count: (row: T) => number, key: (row: T) => string): (a: T, b: T) => number {
  return (a, b) => count(b) - count(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
