import { TASK_KINDS } from "../codes/routing-texts.js";
import type { Decision } from "../decision/decision-schema.js";
import { formatPercent, type Locale } from "../text/format-amount.js";
import type { NoticeBlock } from "./notice-blocks.js";

const WORDS = {
  en: {
    routing: "Routing and authority",
    straight: "Straight through: the system decides the claim alone.",
    awaiting: "No queue: the claim waits for the claimant's documents.",
    routed: (queue: string, level: string | undefined, fourEyes: boolean) =>
      `Queue: ${queue}; authority level needed: ${level ?? "none"}; four-eyes review: ${fourEyes ? "yes" : "no"}.`,
    why: "Why",
    task: (kind: string, queue: string) => `${kind} requested, in ${queue}. To check:`,
    risk: "Risk score",
    score: (score: string, level: string | undefined) => `Score ${score}${level === undefined ? "" : ` (${level})`}, the sum of the contributions of the indicators that fired.`,
    indicator: "Indicator",
    fired: "Fired",
    yes: "yes",
    no: "no",
    points: "Points",
    contribution: "Contribution",
    evidence: "Evidence",
    sampling: "Quality sampling",
    sampled: (segment: string, rate: string, draw: string) => `Segment “${segment}”, rate ${rate}: selected for quality review (the claim's draw ${draw} is below the rate).`,
    notSampled: (segment: string, rate: string, draw: string) => `Segment “${segment}”, rate ${rate}: not selected (the claim's draw ${draw} is not below the rate).`,
    noSegment: (draw: string) => `In no segment of the sample: not selected (the claim's draw is ${draw}).`,
  },
  zh: {
    routing: "案件分配与核赔权限",
    straight: "直接处理：由系统自动处理本案。",
    awaiting: "未分配队列：案件待申请人补充资料。",
    routed: (queue: string, level: string | undefined, fourEyes: boolean) => `分配至：${queue}；所需核赔权限：${level ?? "无"}；双人复核：${fourEyes ? "是" : "否"}。`,
    why: "原因",
    task: (kind: string, queue: string) => `已发起${kind}（${queue}），须核查：`,
    risk: "风险评分",
    score: (score: string, level: string | undefined) => `风险评分 ${score}${level === undefined ? "" : `（${level}）`}，为各触发指标分值之和。`,
    indicator: "指标",
    fired: "是否触发",
    yes: "是",
    no: "否",
    points: "分值",
    contribution: "计入分值",
    evidence: "依据",
    sampling: "质量抽检",
    sampled: (segment: string, rate: string, draw: string) => `抽检分层“${segment}”，抽检率 ${rate}：本案被抽中复核（本案抽签值 ${draw} 低于抽检率）。`,
    notSampled: (segment: string, rate: string, draw: string) => `抽检分层“${segment}”，抽检率 ${rate}：本案未被抽中（本案抽签值 ${draw} 不低于抽检率）。`,
    noSegment: (draw: string) => `本案不属于任何抽检分层，未被抽中（本案抽签值 ${draw}）。`,
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

/**
 * The adjuster's view of the routing: straight through, or the queue with the authority level needed and whether a
 * second person reviews it; every reason; each investigation requested with what to check.
 */
export function routingBlocks(decision: Decision, locale: Locale): NoticeBlock[] {
  const routing = decision.routing;
  if (routing === undefined) return [];
  const words = WORDS[locale];
  const name = routing.levelName?.[locale];
  const level = routing.level === null ? undefined : name === undefined ? routing.level : locale === "zh" ? `${name}（${routing.level}）` : `${name} (${routing.level})`;
  const where = routing.straightThrough ? words.straight : routing.queue === null ? words.awaiting : words.routed(routing.queue.name[locale], level, routing.fourEyes);
  return [
    { kind: "heading", level: 2, text: words.routing },
    { kind: "paragraph", text: where },
    { kind: "list", ordered: false, items: routing.reasons.map((reason) => reason.message[locale]) },
    ...routing.tasks.flatMap((task): NoticeBlock[] => [
      { kind: "paragraph", text: words.task(TASK_KINDS[task.kind][locale], task.queue.name[locale]) },
      { kind: "list", ordered: true, items: task.checks.map((check) => check.message[locale]) },
    ]),
  ];
}

/**
 * The adjuster's view of the quality sample (抽检): the segment, its rate and the claim's draw, and whether the claim
 * was selected for review. Nothing when the decision was not straight through or the configuration has no sampling.
 */
export function samplingBlocks(decision: Decision, locale: Locale): NoticeBlock[] {
  const sampling = decision.sampling;
  if (sampling === undefined) return [];
  const words = WORDS[locale];
  const segment = sampling.segmentName?.[locale] ?? sampling.segment;
  const rate = formatPercent(sampling.rate);
  const text = segment === undefined ? words.noSegment(sampling.draw) : sampling.sampled ? words.sampled(segment, rate, sampling.draw) : words.notSampled(segment, rate, sampling.draw);
  return [
    { kind: "heading", level: 2, text: words.sampling },
    { kind: "paragraph", text },
  ];
}
