import { z } from "zod";
import { LocalizedTextSchema } from "../values/primitives.js";
import { isValidIsoDate } from "../dates/iso-date.js";
import { SignalValueSchema } from "./medical-claim-schema.js";

/** The types a claim signal may have: what rules then compare it as. */
export const SIGNAL_TYPES = ["number", "boolean", "string", "money", "date"] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/**
 * A signal an insurer passes on its claims (an ML fraud score, an e-invoice verification result, a provider-blacklist
 * hit), declared once with its type and meaning: a claim carrying an undeclared signal, or one of the wrong type, is
 * refused; rules read it as the fact of its name.
 */
export const SignalDeclarationSchema = z.strictObject({
  /** The signal's name on the claim (`signals.<name>`) and the fact's name in rules. */
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: "must be a camelCase name such as fraudScore" }),
  type: z.enum(SIGNAL_TYPES),
  /** What it means, as a rule author reads it. */
  description: LocalizedTextSchema,
  /** For a string signal that takes one of a few values: those values. */
  values: z.array(z.string().min(1)).min(1).optional(),
  /** For a number: the least and greatest values it may take (a score between 0 and 1). */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Its value when a claim does not carry it; without one, a claim must carry it. */
  default: SignalValueSchema.optional(),
  /** Who produces it (a model and its version, a verification service), for the record. */
  source: z.string().min(1).optional(),
});
export type SignalDeclaration = z.output<typeof SignalDeclarationSchema>;
export type SignalDeclarationInput = z.input<typeof SignalDeclarationSchema>;

/** Problems of one value against its declaration, as messages (empty when it fits). */
export function signalValueProblems(declaration: SignalDeclaration, value: unknown): string[] {
  const type = declaration.type;
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  switch (type) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return [`must be a number (got ${got})`];
      if (declaration.min !== undefined && value < declaration.min) return [`must be at least ${declaration.min} (got ${value})`];
      if (declaration.max !== undefined && value > declaration.max) return [`must be at most ${declaration.max} (got ${value})`];
      return [];
    case "boolean":
      return typeof value === "boolean" ? [] : [`must be true or false (got ${got})`];
    case "string":
      if (typeof value !== "string") return [`must be a string (got ${got})`];
      if (declaration.values !== undefined && !declaration.values.includes(value)) return [`must be one of ${declaration.values.map((item) => JSON.stringify(item)).join(", ")} (got ${JSON.stringify(value)})`];
      return [];
    case "money":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? [] : [`must be a decimal string such as "1234.50" (got ${typeof value === "string" ? JSON.stringify(value) : got})`];
    case "date":
      return typeof value === "string" && isValidIsoDate(value) ? [] : [`must be a date "YYYY-MM-DD" (got ${typeof value === "string" ? JSON.stringify(value) : got})`];
    default:
      return type satisfies never;
  }
}
