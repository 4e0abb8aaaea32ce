import { ValidationError } from "../errors/validation-error.js";
import { applyProductDeadlineTerms } from "./apply-product-deadline-terms.js";
import { parseJurisdictionProfile, type JurisdictionProfile } from "./jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "./prc-insurance-law-profile.js";
import type { ProductDeadlineTerms } from "./product-deadline-terms-schema.js";

/**
 * The jurisdiction's claim clocks (PRC Insurance Law unless another profile is given) with the product's own terms
 * applied; every problem under `jurisdiction.…` or `policy.deadlineTerms.…`.
 *
 * @throws {ValidationError} listing every problem of the profile or the terms.
 */
export function compileJurisdiction(input: unknown, terms: ProductDeadlineTerms | undefined): JurisdictionProfile {
  const rebase = (from: string, to: (string | number)[]) => (error: unknown): never => {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError("jurisdiction or deadline terms", error.issues.map((issue) => ({ ...issue, path: issue.path[0] === from ? [...to, ...issue.path.slice(1)] : issue.path })));
  };
  let profile = PRC_INSURANCE_LAW_PROFILE;
  if (input !== undefined) {
    try {
      profile = parseJurisdictionProfile(input);
    } catch (error) {
      rebase("profile", ["jurisdiction"])(error);
    }
  }
  if (terms === undefined) return profile;
  try {
    return applyProductDeadlineTerms(profile, terms);
  } catch (error) {
    return rebase("terms", ["policy", "deadlineTerms"])(error);
  }
}
