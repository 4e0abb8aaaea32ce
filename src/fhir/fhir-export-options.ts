import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import type { Policy } from "../policy/policy-schema.js";
import type { FhirClaimType, FhirReference } from "./fhir-r4-types.js";
import type { FhirSystems } from "./fhir-systems.js";

/** Languages the export writes its texts in: the keys of the decision's localized texts. */
export type FhirExportLanguage = "zh" | "en";

/** How `toFhirClaimResponse` and `toFhirExplanationOfBenefit` fill what the decision does not say. */
export interface FhirExportOptions {
  /** Language of the disposition, notes and requests: `"zh"` (default, resource language `zh-CN`) or `"en"`. */
  readonly language?: FhirExportLanguage;
  /** The claim-type code; default `institutional` when the claim has a hospital stay, else `professional`. */
  readonly claimType?: FhirClaimType;
  /** The resource's logical id (`[A-Za-z0-9-.]{1,64}`); none by default, as for a resource not yet stored. */
  readonly id?: string;
  /** The insured: default a logical reference by policy number (the member), named when the claimant is the insured. */
  readonly patient?: FhirReference;
  /** The insurer: default a reference whose absence is stated (data-absent-reason `unknown`). */
  readonly insurer?: FhirReference;
  /** The provider responsible for the claim (ClaimResponse `requestor`): none by default, a claim does not name one. */
  readonly requestor?: FhirReference;
  /** The provider (ExplanationOfBenefit `provider`, required): default a reference whose absence is stated. */
  readonly provider?: FhirReference;
  /**
   * The validated policy (`adjudicator.policy`): gives the benefit balance what each coverage allows (annual
   * deductible and limit, sub-limits, days, payouts), coverage names and the benefit period.
   */
  readonly policy?: Policy;
  /** Coverage kinds of the integrator's own (as given to `createAdjudicator`), for their benefit balances. */
  readonly coverageKinds?: readonly AnyCoverageKind[];
  /** URIs for this library's own codes and identifiers; see `DEFAULT_FHIR_SYSTEMS`. */
  readonly systems?: Partial<FhirSystems>;
}
