import { z } from "zod";
import { MoneyStringSchema } from "../values/primitives.js";

/**
 * The ledger fields every coverage has, whatever its kind: what it has paid in the policy year, and whether a payout
 * ended it. Each coverage kind adds its own fields (a deductible used, days paid, payouts per tier, …).
 */
export const COMMON_LEDGER_SHAPE = {
  paid: MoneyStringSchema.default("0"),
  /** The coverage ended after a payout that ends it (e.g. a major critical illness). */
  ended: z.boolean().default(false),
};

/** The common part of a coverage's ledger entry. */
export interface CommonLedgerEntry {
  readonly paid: string;
  readonly ended: boolean;
}

/** The scopes of the common fields: what a coverage paid adds up over the policy year; an ended coverage stays ended. */
export const COMMON_LEDGER_SCOPES = { paid: "year", ended: "lifetime" } as const;
