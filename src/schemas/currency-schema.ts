import { z } from "zod";

/** ISO 4217 alphabetic code, e.g. `CNY`. */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { error: "must be an ISO 4217 currency code such as CNY" });
