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
 * The same terms as the reader needs them said otherwise: a family's shared deductible (term `family`), a ratio
 * with the bill lines it applied to when the coverage applied several (term `lines`, "ratio 60% on items L3, L4"),
 * and a deductible earlier claims had already met part of (term `metBefore`, "deductible ¥0.00, ¥10,000.00 of it
 * already met by earlier claims this policy year").
 */
export const COVERAGE_TERM_VARIANTS = {
  family_deductible: { en: "family deductible {value:money}", zh: "家庭共享免赔额 {value:money}" },
  family_deductible_remaining: { en: "the family's deductible left this policy year {value:money}", zh: "本保单年度家庭剩余免赔额 {value:money}" },
  ratio_on_lines: { en: "ratio {value:percent} on items {lines}", zh: "费用明细 {lines} 赔付比例 {value:percent}" },
  deductible_met_before: { en: "deductible {value:money}, {metBefore:money} of it already met by earlier claims this policy year", zh: "免赔额 {value:money}，本保单年度此前申请已扣 {metBefore:money}" },
  family_deductible_met_before: { en: "family deductible {value:money}, {metBefore:money} of it already met by the family's earlier claims this policy year", zh: "家庭共享免赔额 {value:money}，本保单年度家庭此前申请已扣 {metBefore:money}" },
  per_incident_deductible_met_before: { en: "per-incident deductible {value:money}, {metBefore:money} of it already taken on earlier claims for this incident", zh: "每次事故免赔额 {value:money}，同一事故此前申请已扣 {metBefore:money}" },
  in_catalogue_deductible_met_before: { en: "deductible inside the medical-insurance catalogue {value:money}, {metBefore:money} of it already met by earlier claims this policy year", zh: "医保目录内免赔额 {value:money}，本保单年度此前申请已扣 {metBefore:money}" },
  out_of_catalogue_deductible_met_before: { en: "deductible outside the medical-insurance catalogue {value:money}, {metBefore:money} of it already met by earlier claims this policy year", zh: "医保目录外免赔额 {value:money}，本保单年度此前申请已扣 {metBefore:money}" },
} as const;

/** The deductibles whose term says what earlier claims had already met of them (`metBefore`), and how. */
const MET_BEFORE_VARIANTS: Partial<Record<CoverageTermKind, keyof typeof COVERAGE_TERM_VARIANTS>> = {
  deductible: "deductible_met_before",
  per_incident_deductible: "per_incident_deductible_met_before",
  in_catalogue_deductible: "in_catalogue_deductible_met_before",
  out_of_catalogue_deductible: "out_of_catalogue_deductible_met_before",
};

/** The template and figures a term is said with. */
export function coverageTermText(term: { readonly kind: CoverageTermKind; readonly value: string; readonly family?: true | undefined; readonly metBefore?: string | undefined; readonly lines?: readonly string[] | undefined }): { readonly template: { readonly en: string; readonly zh: string }; readonly params: Readonly<Record<string, string | readonly string[]>> } {
  const metVariant = term.metBefore === undefined ? undefined : term.family === true && term.kind === "deductible" ? "family_deductible_met_before" : MET_BEFORE_VARIANTS[term.kind];
  if (metVariant !== undefined) return { template: COVERAGE_TERM_VARIANTS[metVariant], params: { value: term.value, metBefore: term.metBefore as string } };
  if (term.family === true && term.kind === "deductible") return { template: COVERAGE_TERM_VARIANTS.family_deductible, params: { value: term.value } };
  if (term.family === true && term.kind === "deductible_remaining") return { template: COVERAGE_TERM_VARIANTS.family_deductible_remaining, params: { value: term.value } };
  if (term.lines !== undefined && term.kind === "ratio") return { template: COVERAGE_TERM_VARIANTS.ratio_on_lines, params: { value: term.value, lines: term.lines } };
  return { template: COVERAGE_TERMS[term.kind], params: { value: term.value } };
}

/** Every kind of coverage term, in the table's order. */
export const COVERAGE_TERM_KINDS = Object.keys(COVERAGE_TERMS) as [CoverageTermKind, ...CoverageTermKind[]];
