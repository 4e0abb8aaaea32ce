import type { DecisionBenefit } from "../trace/decision-benefit-schema.js";
import { formatAmount, formatDate, formatPercent } from "../text/format-amount.js";

type Locale = "en" | "zh";

const RELATIONSHIP_WORDS: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  spouse: { en: "spouse", zh: "配偶" },
  child: { en: "child", zh: "子女" },
  parent: { en: "parent", zh: "父母" },
  sibling: { en: "sibling", zh: "兄弟姐妹" },
  other: { en: "beneficiary", zh: "受益人" },
};

/**
 * The payees of a death benefit, one line each, then the notes (forfeiture, estate): "王芳 (spouse, 60%): CNY
 * 300,000.00" / "王芳（配偶，60%）：¥300,000.00".
 */
export function payeeLines(benefit: DecisionBenefit, currency: string, locale: Locale): string[] {
  const en = locale === "en";
  const lines = (benefit.payees ?? []).map((payee) => {
    const percent = formatPercent(payee.share);
    const amount = formatAmount(payee.amount, currency, locale);
    if (payee.kind === "estate") {
      if (payee.share !== "1") return en ? `the estate of ${payee.name}, to the heirs (${percent}): ${amount}` : `${payee.name}的遗产（由继承人领取，${percent}）：${amount}`;
      return en ? `the estate of ${payee.name}, to the heirs: ${amount}` : `${payee.name}的遗产（由继承人领取）：${amount}`;
    }
    const relation = RELATIONSHIP_WORDS[payee.relationship ?? "other"] ?? { en: "beneficiary", zh: "受益人" };
    if (payee.diedOn !== undefined) {
      const died = formatDate(payee.diedOn, locale);
      return en ? `${payee.name} (${relation.en}, ${percent}; died on ${died}, after the insured), to the heirs of ${payee.name}: ${amount}` : `${payee.name}（${relation.zh}，${percent}；于 ${died} 身故，后于被保险人），由${payee.name}的继承人领取：${amount}`;
    }
    return en ? `${payee.name} (${relation.en}, ${percent}): ${amount}` : `${payee.name}（${relation.zh}，${percent}）：${amount}`;
  });
  return [...lines, ...(benefit.payeeNotes ?? []).map((note) => note[locale])];
}

/**
 * The name of the benefit whose payees are listed (a claim may pay two benefits to the beneficiaries, a death benefit
 * and an accidental death benefit): its coverage's name in the decision.
 */
export function payeesBenefitName(coverages: readonly { readonly coverageId: string; readonly name: { readonly en: string; readonly zh: string } }[], benefit: DecisionBenefit, locale: Locale): string | undefined {
  return coverages.find((coverage) => coverage.coverageId === benefit.coverageId)?.name[locale];
}
