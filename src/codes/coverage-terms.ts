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

/**
 * The same terms as the reader needs them said otherwise: a family's shared deductible (term `family`), and a ratio
 * with the bill lines it applied to when the coverage applied several (term `lines`, "ratio 60% on items L3, L4").
 */
export const COVERAGE_TERM_VARIANTS = {
  family_deductible: { en: "family deductible {value:money}", zh: "家庭共享免赔额 {value:money}" },
  family_deductible_remaining: { en: "the family's deductible left this policy year {value:money}", zh: "本保单年度家庭剩余免赔额 {value:money}" },
  ratio_on_lines: { en: "ratio {value:percent} on items {lines}", zh: "费用明细 {lines} 赔付比例 {value:percent}" },
} as const;

/** The template and figures a term is said with. */
export function coverageTermText(term: { readonly kind: CoverageTermKind; readonly value: string; readonly family?: true | undefined; readonly lines?: readonly string[] | undefined }): { readonly template: { readonly en: string; readonly zh: string }; readonly params: Readonly<Record<string, string | readonly string[]>> } {
  if (term.family === true && term.kind === "deductible") return { template: COVERAGE_TERM_VARIANTS.family_deductible, params: { value: term.value } };
  if (term.family === true && term.kind === "deductible_remaining") return { template: COVERAGE_TERM_VARIANTS.family_deductible_remaining, params: { value: term.value } };
  if (term.lines !== undefined && term.kind === "ratio") return { template: COVERAGE_TERM_VARIANTS.ratio_on_lines, params: { value: term.value, lines: term.lines } };
  return { template: COVERAGE_TERMS[term.kind], params: { value: term.value } };
}

/** Every kind of coverage term, in the table's order. */
export const COVERAGE_TERM_KINDS = Object.keys(COVERAGE_TERMS) as [CoverageTermKind, ...CoverageTermKind[]];
