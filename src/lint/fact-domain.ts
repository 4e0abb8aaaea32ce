import { ClaimSchema } from "../claim/claim-schema.js";
import type { FactDomain } from "./find-contradiction.js";
import { enumValuesAt } from "./walk-zod-schema.js";

/**
 * Facts that copy an enumerated field of the claim: their possible values are read from `ClaimSchema`,
 * so a rule comparing `incidentType` with `"ilness"` is caught, and the list follows the schema when it grows.
 */
const CLAIM_FIELDS_BY_FACT: Readonly<Record<string, readonly string[]>> = {
  incidentType: ["incident", "type"],
  claimantRelationship: ["claimant", "relationship"],
  socialInsurance: ["socialInsurance"],
};

const values = new Map<string, readonly unknown[]>();
for (const [fact, path] of Object.entries(CLAIM_FIELDS_BY_FACT)) {
  const allowed = enumValuesAt(ClaimSchema, path);
  if (allowed !== undefined) values.set(fact, allowed);
}

/** What the linter knows of the values facts can take. */
export const FACT_DOMAIN: FactDomain = { valuesOf: (key) => values.get(key) };
