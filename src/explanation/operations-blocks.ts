import type { Decision } from "../decision/decision-schema.js";
import type { Locale } from "../text/format-amount.js";
import type { NoticeBlock } from "./notice-blocks.js";

const WORDS = {
  en: {
    risk: "Risk score",
    score: (score: string, level: string | undefined) => `Score ${score}${level === undefined ? "" : ` (${level})`}, the sum of the contributions of the indicators that fired.`,
    indicator: "Indicator",
    fired: "Fired",
    yes: "yes",
    no: "no",
    points: "Points",
    contribution: "Contribution",
    evidence: "Evidence",
  },
  zh: {
    risk: "风险评分",
    score: (score: string, level: string | undefined) => `风险评分 ${score}${level === undefined ? "" : `（${level}）`}，为各触发指标分值之和。`,
    indicator: "指标",
    fired: "是否触发",
    yes: "是",
    no: "否",
    points: "分值",
    contribution: "计入分值",
    evidence: "依据",
  },
} as const;

/**
 * The adjuster's view of the risk score: the score and its band, then every indicator with what it adds and the
 * evidence, fired or not. Nothing when the decision carries no score.
 */
export function riskBlocks(decision: Decision, locale: Locale): NoticeBlock[] {
  const risk = decision.risk;
  if (risk === undefined) return [];
  const words = WORDS[locale];
  return [
    { kind: "heading", level: 2, text: words.risk },
    { kind: "paragraph", text: words.score(risk.score, risk.levelName?.[locale]) },
    {
      kind: "table",
      headers: [words.indicator, words.fired, words.points, words.contribution, words.evidence],
      rows: risk.indicators.map((indicator) => [
        indicator.name[locale],
        indicator.fired ? words.yes : words.no,
        indicator.points,
        indicator.contribution,
        indicator.evidence.map((item) => item.message[locale]).join(locale === "zh" ? "" : " "),
      ]),
    },
  ];
}
