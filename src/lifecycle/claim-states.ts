import type { LocalizedText } from "../values/primitives.js";

/**
 * The states of a claim's life. `not_reported` is where every history starts, before its first event; the others
 * follow the claim from the report (报案) to its close, with the side roads of a reopening, a withdrawal and an
 * appeal (复核/申诉).
 */
export const CLAIM_STATES = [
  "not_reported",
  "reported",
  "under_assessment",
  "documents_requested",
  "decided",
  "paid",
  "closed",
  "reopened",
  "withdrawn",
  "appealed",
] as const;
/** A state of a claim's life: not_reported, reported, under_assessment, documents_requested, decided, paid, closed or reopened. */
export type ClaimState = (typeof CLAIM_STATES)[number];

/** What each state means, in zh and en. */
export const CLAIM_STATE_LABELS: Readonly<Record<ClaimState, LocalizedText>> = {
  not_reported: { zh: "未报案", en: "Not reported yet" },
  reported: { zh: "已报案", en: "Reported: the insurer knows of the event, no claim yet" },
  under_assessment: { zh: "审核中", en: "Under assessment: the claim and its proofs are with the insurer" },
  documents_requested: { zh: "待补充资料", en: "Documents requested: waiting for the claimant to supply them" },
  decided: { zh: "已核定", en: "Decided: the claim is determined" },
  paid: { zh: "已赔付", en: "Paid: money was paid on the decision" },
  closed: { zh: "已结案", en: "Closed" },
  reopened: { zh: "已重开", en: "Reopened after closing" },
  withdrawn: { zh: "已撤回", en: "Withdrawn by the claimant" },
  appealed: { zh: "复核中", en: "Appealed: the decision is being reviewed" },
};
