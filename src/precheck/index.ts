// claim-adjudicator/precheck: the claimant's self-service pre-check (客户自助理赔), small enough for a browser.
// It carries no zod: its inputs are checked by hand, field by field, with the library's own rules and words.

export { createPrecheck } from "./create-precheck.js";
export type { Precheck, PrecheckConfigInput, PrecheckOptions, PrecheckResult } from "./create-precheck.js";
export type { PrecheckText } from "./precheck-texts.js";
export { PRECHECK_FACT_NAMES } from "./precheck-facts.js";
export type { MissingDocument } from "../completeness/missing-document-schema.js";
export { ValidationError, isValidationError } from "../errors/validation-error.js";
export { AdjudicatorError, isAdjudicatorError } from "../errors/adjudicator-error.js";
export type { Issue, IssueCode } from "../errors/adjudicator-error.js";
