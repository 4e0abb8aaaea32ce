import { z } from "zod";
import { isKnownCurrency } from "./currency-minor-units.js";

/** ISO 4217 alphabetic code the runtime knows, e.g. `CNY`. */
export const CurrencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: "must be an ISO 4217 currency code such as CNY" })
  .refine(isKnownCurrency, { error: "is not an ISO 4217 currency code (e.g. CNY, USD, JPY)" });
