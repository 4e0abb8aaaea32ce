import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { maskPersonalDataInText } from "../privacy/mask-personal-data-in-text.js";
import { ClaimSchema, type Claim } from "../claim/claim-schema.js";
import { decisionSchemaFor, type Decision } from "../decision/decision-schema.js";
import { safeParseInput } from "../values/parse-input.js";
import type { LocalizedText } from "../values/primitives.js";
import { toExactFhirDecimal } from "./fhir-decimal.js";
import type { FhirExportLanguage, FhirExportOptions } from "./fhir-export-options.js";
import type { FhirMoney } from "./fhir-r4-types.js";
import { DEFAULT_FHIR_SYSTEMS, type FhirSystems } from "./fhir-systems.js";

type Path = readonly (string | number)[];

/** What every part of one export reads: the validated inputs, the language, the URIs, and the issues found. */
export interface FhirExportContext {
  readonly decision: Decision;
  readonly claim: Claim;
  readonly options: FhirExportOptions;
  readonly language: FhirExportLanguage;
  readonly systems: FhirSystems;
  /** Position of each bill line in the claim, from 1: the FHIR item sequence. */
  readonly lineSequence: ReadonlyMap<string, number>;
  /** A decimal string as a FHIR decimal; an inexact one is recorded as an issue under `path`. */
  decimal(value: string, path: Path): number;
  /** An amount of the decision's currency as FHIR Money. */
  money(amount: string, path: Path): FhirMoney;
  /** The text in the export's language, with personal data masked (free text may quote an identity number). */
  text(text: LocalizedText): string;
  /** Free text from the claim, masked; `undefined` when blank (FHIR strings are never empty). */
  freeText(text: string | undefined): string | undefined;
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * Validates the inputs of an export, builds its context and runs `build` with it. Throws a `ValidationError`
 * listing every problem found (inputs that are not valid or do not belong together, an amount no FHIR decimal
 * holds exactly). The result is a deep copy: it shares no object with the inputs or the options.
 *
 * @param decisionInput - the decision
 * @param claimInput - the claim it decided
 * @param options - the export's options
 * @param build - what to build from the context
 * @returns what `build` returned
 * @example
 * withFhirExportContext(decision, claim, { language: "en" }, (context) => context.lineSequence.get("L2")) //=> 2
 */
export function withFhirExportContext<T>(decisionInput: Decision, claimInput: unknown, options: FhirExportOptions, build: (context: FhirExportContext) => T): T {
  const decisionResult = safeParseInput(decisionSchemaFor(options.coverageKinds), decisionInput, "decision");
  const claimResult = safeParseInput(ClaimSchema, claimInput, "claim");
  const issues: Issue[] = [...(decisionResult.issues ?? []), ...(claimResult.issues ?? [])];
  if (options.id !== undefined && !FHIR_ID.test(options.id)) {
    issues.push({ code: "invalid_input", path: ["options", "id"], message: `"${options.id}" is not a FHIR id: 1 to 64 letters, digits, '-' or '.'` });
  }
  if (!decisionResult.ok || !claimResult.ok) throw new ValidationError("FHIR export input", issues);
  const decision = decisionResult.value;
  const claim = claimResult.value;
  if (decision.claimId !== claim.id) {
    issues.push({ code: "invalid_input", path: ["decision", "claimId"], message: `the decision is for claim "${decision.claimId}", the claim given is "${claim.id}"` });
  }
  const lineSequence = new Map(claim.lines.map((line, i) => [line.id, i + 1]));
  decision.lines.forEach((line, i) => {
    if (!lineSequence.has(line.lineId)) issues.push({ code: "invalid_input", path: ["decision", "lines", i, "lineId"], message: `line "${line.lineId}" is not a line of claim "${claim.id}"` });
  });
  if (issues.length > 0) throw new ValidationError("FHIR export input", issues);

  const language = options.language ?? "zh";
  const decimal = (value: string, path: Path): number => {
    const number = toExactFhirDecimal(value);
    if (number !== undefined) return number;
    const message = `${value} has more significant digits than a FHIR decimal (a JSON number) holds exactly; it is not rounded silently`;
    // The same amount may be written twice (a line's billed is its submitted adjudication and its net): one issue.
    if (!issues.some((issue) => issue.message === message && issue.path.join("\u0000") === path.join("\u0000"))) issues.push({ code: "invalid_input", path, message });
    return 0;
  };
  const context: FhirExportContext = {
    decision,
    claim,
    options,
    language,
    systems: { ...DEFAULT_FHIR_SYSTEMS, ...options.systems },
    lineSequence,
    decimal,
    money: (amount, path) => ({ value: decimal(amount, path), currency: decision.currency }),
    text: (text) => maskPersonalDataInText(text[language]),
    freeText: (text) => (text === undefined || text.trim() === "" ? undefined : maskPersonalDataInText(text.trim())),
  };
  const result = build(context);
  if (issues.length > 0) throw new ValidationError("FHIR export", issues);
  return structuredClone(result);
}
