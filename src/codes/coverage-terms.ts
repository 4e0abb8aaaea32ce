/**
 * The terms a coverage applied to a claim, as the explanation names them next to what the coverage pays
 * ("deductible ¥10,000.00; ratio 100%"). A coverage records them on its decision entry (`terms`); the explanation and
 * the FHIR export read them there, never from the calculation trace. `{value}` is the term's figure.
 */
export const COVERAGE_TERMS = {
  deductible: { en: "deductible {value:money}", zh: "免赔额 {value:money}" },
  per_claim_deductible: { en: "per-claim deductible {value:money}", zh: "次免赔额 {value:money}" },
  per_incident_deductible: { en: "per-incident deductible {value:money}", zh: "每次事故免赔额 {value:money}" },
  ratio: { en: "ratio {value:percent}", zh: "赔付比例 {value:percent}" },
  deductible_credited: { en: "of which met by other payers {value:money}", zh: "其中以其他途径补偿抵扣 {value:money}" },
  deductible_remaining: { en: "deductible left this policy year {value:money}", zh: "本保单年度剩余免赔额 {value:money}" },
  in_catalogue_deductible: { en: "deductible inside the medical-insurance catalogue {value:money}", zh: "医保目录内免赔额 {value:money}" },
  out_of_catalogue_deductible: { en: "deductible outside the medical-insurance catalogue {value:money}", zh: "医保目录外免赔额 {value:money}" },
  copay: { en: "copays {value:money}", zh: "定额自付 {value:money}" },
  out_of_pocket_remaining: { en: "out-of-pocket maximum left {value:money}", zh: "年度自付上限剩余 {value:money}" },
} as const;

/** A kind of coverage term a decision records (limit, deductible, ratio, …): a key of the coverage terms table. */
export type CoverageTermKind = keyof typeof COVERAGE_TERMS;

/** Every kind of coverage term, in the table's order. */
export const COVERAGE_TERM_KINDS = Object.keys(COVERAGE_TERMS) as [CoverageTermKind, ...CoverageTermKind[]];
