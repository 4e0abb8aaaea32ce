/**
 * Calculation steps the library writes whatever the coverages: the descriptions in the trace, in zh and en.
 * Coverage kinds bring their own steps (in their folders). Placeholders as in reason templates.
 */
export const GENERAL_STEPS = {
  currency_conversion: { en: "Amounts converted from {from} to {to} at {rate}, rounded per amount", zh: "金额按汇率 {rate} 由 {from} 折算为 {to}，逐项舍入" },
  benefit_adjustment: { en: "{benefit}: less {amount:money} {adjustment}", zh: "{benefit}：扣除 {amount:money} {adjustment}" },
  claim_payable: { en: "Payable for the claim, all coverages", zh: "本次理赔应赔金额（全部保障责任）" },
} as const;

export type GeneralStepKind = keyof typeof GENERAL_STEPS;
