/** The type of a fact's value as rules see it. Money and dates are strings (`"1234.50"`, `"2026-03-01"`). */
export type FactType = "boolean" | "number" | "string" | "money" | "date" | "string[]" | "object";
