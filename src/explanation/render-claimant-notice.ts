import { formatMoney, sumMoney, toMoney, ZERO, type Money } from "../money/money.js";
import { payeeLines, payeesBenefitName } from "./payee-lines.js";
import { ADJUSTMENT_KINDS, type AdjustmentKind } from "../codes/adjustment-kinds.js";
import type { Decision } from "../decision/decision-schema.js";
import { formatAmount, formatDate, type Locale } from "../text/format-amount.js";
import type { NoticeBlock } from "./notice-blocks.js";
import { revisionSentence } from "./revision-sentence.js";
import { adjustmentsToSay } from "./adjustments-to-say.js";

/** Who a claimant notice is addressed to: the claimant's name, the account paid into (only its last four digits shown), or one payee of a death benefit. */
export interface ClaimantDetails {
  /** How to address the claimant. */
  readonly name?: string;
  /** The account paid into; only its last four digits are shown. */
  readonly bankAccount?: string;
  /** A notice for one payee of a death benefit (a beneficiary's id, or `estate`): addressed to them, with their own share. */
  readonly payee?: string;
}

/** The name a payee of a death benefit is addressed by: the beneficiary's, or the estate's heirs. */
function payeeName(decision: Decision, payee: string | undefined, locale: Locale): string | undefined {
  if (payee === undefined) return undefined;
  const found = decision.benefits.flatMap((benefit) => benefit.payees ?? []).find((entry) => (entry.beneficiaryId ?? entry.kind) === payee);
  if (found === undefined) return undefined;
  return found.kind === "estate" || found.diedOn !== undefined ? (locale === "en" ? `heirs of ${found.name}` : `${found.name}的继承人`) : found.name;
}

/** How the amount was reached: what was claimed, each kind of amount taken off, what is paid. */
function breakdown(decision: Decision, locale: Locale): NoticeBlock[] {
  const en = locale === "en";
  const money = (amount: Money) => formatAmount(formatMoney(amount, minorUnitsOf(decision.payable)), decision.currency, locale);
  const adjustments = [...decision.lines.flatMap((line) => line.adjustments), ...decision.benefits.flatMap((benefit) => benefit.adjustments)];
  if (adjustments.length === 0) return [];
  const byKind = new Map<AdjustmentKind, Money>();
  for (const adjustment of adjustments) byKind.set(adjustment.kind, (byKind.get(adjustment.kind) ?? ZERO).plus(adjustment.amount));
  const claimed = sumMoney([...decision.lines.map((line) => toMoney(line.billed)), ...decision.benefits.map((benefit) => toMoney(benefit.gross))]);
  return [
    {
      kind: "table",
      headers: en ? ["", "amount"] : ["", "金额"],
      rows: [
        [en ? "claimed (bills and benefits)" : "申请及给付基数", money(claimed)],
        ...[...byKind].map(([kind, amount]) => [`− ${ADJUSTMENT_KINDS[kind].label[locale]}`, money(amount)]),
        [en ? "= payable" : "= 应赔付", money(toMoney(decision.payable))],
      ],
    },
  ];
}

const minorUnitsOf = (amount: string) => amount.split(".")[1]?.length ?? 0;

/**
 * Whom the amount goes to, in the opening sentence: "you", or, when benefits go to their payees (a death benefit's
 * beneficiaries or the estate), those payees, listed below, for all of it or for part of it.
 */
function payTo(decision: Decision, amount: string, locale: Locale): string {
  const paying = decision.benefits.filter((benefit) => toMoney(benefit.payable).greaterThan(0));
  const toPayees = paying.filter((benefit) => (benefit.payees ?? []).length > 0);
  const en = locale === "en";
  if (toPayees.length === 0) return en ? `We will pay you ${amount}.` : `我们将向您赔付 ${amount}。`;
  const all = toPayees.length === paying.length && decision.lines.every((line) => toMoney(line.payable).isZero());
  if (all) return en ? `We will pay ${amount} to the payees set out below, each their share.` : `我们将赔付 ${amount}，由下列领取人按受益份额分别领取。`;
  return en ? `We will pay ${amount} in all; the benefits set out below go to their payees, each their share.` : `我们将赔付 ${amount}，其中下列保险金由领取人按受益份额分别领取。`;
}

const PIPL_RIGHTS = {
  en: "This decision was made by automated means. You may ask us to explain it and to have a person review it, and you may refuse a decision made solely by automated means (Personal Information Protection Law, art. 24).",
  zh: "本决定通过自动化方式作出。您有权要求我们予以说明，并有权要求由人工复核；对仅通过自动化决策方式作出的决定，您有权拒绝（《个人信息保护法》第二十四条）。",
};

/** What the claimant reads: the outcome and amount in plain words, every reason with its clause quoted, the full list of documents. */
export function claimantNoticeBlocks(decision: Decision, locale: Locale, details: ClaimantDetails = {}): NoticeBlock[] {
  const en = locale === "en";
  const money = (amount: string) => formatAmount(amount, decision.currency, locale);
  const date = (iso: string) => formatDate(iso, locale);
  const clauses = new Map(decision.clauses.map((clause) => [clause.id, clause]));
  // Each clause is cited by number and title where it applies, and quoted in full once, at the end.
  const quoted: string[] = [];
  const cite = (clauseId: string): string => {
    if (!quoted.includes(clauseId)) quoted.push(clauseId);
    const clause = clauses.get(clauseId);
    if (clause === undefined) return en ? `clause ${clauseId}` : `第 ${clauseId} 条`;
    return en ? `clause ${clause.id} "${clause.title.en}"` : `第 ${clause.id} 条「${clause.title.zh}」`;
  };
  // A sentence of its own, then the clause it stands on.
  const underClause = (sentence: string, clauseId: string): NoticeBlock => ({ kind: "paragraph", text: `${sentence}${en ? " Under " : "依据"}${cite(clauseId)}${en ? "." : "。"}` });
  const byId = decision.deadlines.byId;
  const blocks: NoticeBlock[] = [
    { kind: "heading", level: 1, text: en ? "Claim decision" : "理赔决定通知书" },
    {
      kind: "paragraph",
      text: en
        ? `Claim ${decision.claimId} on policy ${decision.policyId}\nDecided on ${date(decision.meta.asOf)} (decision ${decision.meta.decisionId})`
        : `理赔申请：${decision.claimId}（保单号 ${decision.policyId}）\n决定日期：${date(decision.meta.asOf)}（决定编号 ${decision.meta.decisionId}）`,
    },
    { kind: "paragraph", text: en ? `Dear ${details.name ?? payeeName(decision, details.payee, locale) ?? "customer"},` : `尊敬的${details.name ?? payeeName(decision, details.payee, locale) ?? "客户"}：` },
  ];
  const revised = revisionSentence(decision, locale);
  if (revised !== undefined) blocks.push({ kind: "paragraph", text: revised });
  const reasonItems = (reasons: Decision["reasons"]) =>
    reasons.map((reason) => `${reason.message[locale]}${reason.lineId === undefined ? "" : en ? ` (item ${reason.lineId})` : `（费用明细 ${reason.lineId}）`}\n${en ? "Under " : "依据"}${cite(reason.clauseId)}`);
  const paymentBlocks = (): NoticeBlock[] => {
    const paidCoverages = decision.coverages.filter((coverage) => coverage.status === "paid" || coverage.status === "nothing_payable");
    const blocks: NoticeBlock[] = [];
    if (paidCoverages.length > 0) {
      blocks.push({ kind: "list", ordered: false, items: paidCoverages.map((coverage) => `${coverage.name[locale]}${en ? ": " : "："}${money(coverage.payable)}`) });
    }
    blocks.push(...breakdown(decision, locale));
    // What the breakdown names only by kind ("premium due and unpaid"), said in full: the due date, the law, the clause.
    const told = new Set(decision.outcome === "partially_approved" ? decision.reasons.map((reason) => reason.message[locale]) : []);
    for (const adjustment of adjustmentsToSay(decision.benefits.flatMap((benefit) => benefit.adjustments), locale, told)) {
      blocks.push(underClause(adjustment.message[locale], adjustment.clauseId));
    }
    for (const benefit of decision.benefits) {
      const payees = payeeLines(benefit, decision.currency, locale);
      if (payees.length === 0) continue;
      const name = payeesBenefitName(decision.coverages, benefit, locale);
      const heading = name === undefined ? (en ? "Paid to, one amount per share:" : "按受益份额分别领取：") : en ? `${name}, one amount per share:` : `${name}按受益份额分别领取：`;
      blocks.push({ kind: "paragraph", text: heading }, { kind: "list", ordered: false, items: payees });
    }
    const own = details.payee === undefined ? [] : decision.benefits.flatMap((benefit) => (benefit.payees ?? []).filter((payee) => (payee.beneficiaryId ?? payee.kind) === details.payee).map((payee) => ({ benefit, payee })));
    if (own.length > 0) {
      const total = formatMoney(sumMoney(own.map(({ payee }) => toMoney(payee.amount))), minorUnitsOf(decision.payable));
      const parts = own.map(({ benefit, payee }) => (en ? `${money(payee.amount)} of the ${benefit.description.en}` : `${benefit.description.zh} ${money(payee.amount)}`));
      blocks.push({ kind: "paragraph", text: en ? `Your share: ${money(total)} (${parts.join("; ")}).` : `您应领取的份额：${money(total)}（${parts.join("；")}）。` });
    }
    const waiver = decision.premiumWaiver;
    if (waiver !== undefined) blocks.push(underClause(waiver.reason.message[locale], waiver.clauseId));
    const payment = byId.payment;
    if (toMoney(decision.payable).greaterThan(0) && payment.dueOn !== null) {
      const account = details.bankAccount === undefined ? "" : en ? ` into your account ending ${details.bankAccount.slice(-4)}` : `至您尾号 ${details.bankAccount.slice(-4)} 的账户`;
      blocks.push({ kind: "paragraph", text: en ? `We will pay${account} by ${date(payment.dueOn)}.` : `我们将于 ${date(payment.dueOn)} 前支付${account}。` });
    }
    return blocks;
  };

  switch (decision.outcome) {
    case "approved": {
      const below = belowDeductible(decision);
      const opening =
        below === undefined
          ? en
            ? `Your claim is approved. ${payTo(decision, money(decision.payable), locale)}`
            : `经审核，您的理赔申请符合保险合同约定，${payTo(decision, money(decision.payable), locale)}`
          : en
            ? `Your claim is approved under the policy's terms, but nothing is payable this time: ${money(below.taken)} of your expenses counted towards the ${below.family ? "family's " : ""}deductible${below.left === undefined ? "" : `, and ${money(below.left)} of it is left this policy year`}.`
            : `经审核，您的理赔申请符合保险合同约定，但本次无应赔付金额：您本次的 ${money(below.taken)} 费用已计入${below.family ? "家庭共享" : ""}免赔额${below.left === undefined ? "" : `，本保单年度${below.family ? "家庭" : ""}剩余免赔额 ${money(below.left)}`}。`;
      blocks.push({ kind: "paragraph", text: opening }, ...paymentBlocks());
      break;
    }
    case "partially_approved": {
      blocks.push(
        { kind: "paragraph", text: en ? `Your claim is partly approved. ${payTo(decision, money(decision.payable), locale)}` : `经审核，您的理赔申请部分符合保险合同约定，${payTo(decision, money(decision.payable), locale)}` },
        ...paymentBlocks(),
        { kind: "paragraph", text: en ? "These items were reduced or not paid, and why:" : "以下项目被扣减或不予赔付，原因如下：" },
      );
      const items = decision.lines.flatMap((line) => {
        const cut = line.adjustments.filter((adjustment) => ADJUSTMENT_KINDS[adjustment.kind].reducing);
        if (cut.length === 0) return [];
        const amount = cut.reduce((sum, adjustment) => sum.plus(adjustment.amount), ZERO);
        const what = line.description ?? line.category;
        const head = en ? `Item ${line.lineId} (${what}, billed ${money(line.billed)}): ${money(formatMoney(amount, decimals(line.billed)))} not paid.` : `费用明细 ${line.lineId}（${what}，金额 ${money(line.billed)}）：${money(formatMoney(amount, decimals(line.billed)))} 不予赔付。`;
        return [[head, ...cut.flatMap((adjustment) => [adjustment.message[locale], `${en ? "Under " : "依据"}${cite(adjustment.clauseId)}`])].join("\n")];
      });
      const otherReasons = decision.reasons.filter((reason) => reason.lineId === undefined);
      blocks.push({ kind: "list", ordered: true, items: [...items, ...reasonItems(otherReasons)] });
      break;
    }
    case "denied": {
      blocks.push(
        { kind: "paragraph", text: en ? "We are sorry: your claim is denied, for these reasons:" : "很遗憾，经审核，您的理赔申请不予赔付，理由如下：" },
        { kind: "list", ordered: true, items: reasonItems(decision.reasons) },
      );
      break;
    }
    case "pending_documents": {
      const determination = byId.determination;
      blocks.push(
        { kind: "paragraph", text: en ? "To assess your claim we need the following documents. This is the complete list: please send them all together." : "为审核您的理赔申请，请您一次性补充以下全部资料：" },
        {
          kind: "list",
          ordered: true,
          items: decision.missingDocuments.map((document) => {
            const notes = [
              ...(document.documentId === undefined ? [] : [en ? `no. ${document.documentId}` : `编号 ${document.documentId}`]),
              ...(document.problem === "copy_only" ? [en ? "the original: we received a copy" : "需原件，目前仅收到复印件"] : []),
              ...(document.issuedOnOrAfter !== undefined ? [en ? `issued on or after ${date(document.issuedOnOrAfter)}` : `须于 ${date(document.issuedOnOrAfter)} 或之后出具`] : []),
              ...(document.problem === "issued_too_early" && document.receivedIssuedOn !== undefined ? [en ? `the one we received is dated ${date(document.receivedIssuedOn)}` : `目前收到的出具日期为 ${date(document.receivedIssuedOn)}`] : []),
            ];
            const note = notes.length === 0 ? "" : en ? ` (${notes.join("; ")})` : `（${notes.join("；")}）`;
            return `${document.description[locale]}${note}\n${en ? "Under " : "依据"}${cite(document.clauseId)}`;
          }),
        },
        {
          kind: "paragraph",
          text:
            determination.kind === "dated"
              ? en
                ? `We will decide by ${date(determination.dueOn)}.`
                : `我们将于 ${date(determination.dueOn)} 前作出核定。`
              : en
                ? "Once they arrive we will decide within the period the law and your policy set."
                : "资料齐全后，我们将在法律和保险合同约定的期限内作出核定。",
        },
      );
      break;
    }
    case "referred":
      blocks.push(
        { kind: "paragraph", text: en ? "A claims handler is reviewing your claim; we will write to you with the result." : "您的理赔申请需由理赔人员进一步审核，我们将尽快书面通知您审核结果。" },
        { kind: "list", ordered: true, items: reasonItems(decision.reasons) },
      );
      break;
    default: {
      const unreachable: never = decision;
      throw new TypeError(`unknown outcome ${String((unreachable as { readonly outcome?: unknown }).outcome)}`);
    }
  }
  const wording = quoted.flatMap((id) => {
    const clause = clauses.get(id);
    return clause === undefined ? [] : [{ kind: "quote" as const, text: en ? `Clause ${clause.id} ${clause.title.en}\n${clause.text.en}` : `第 ${clause.id} 条　${clause.title.zh}\n${clause.text.zh}` }];
  });
  if (wording.length > 0) blocks.push({ kind: "heading", level: 2, text: en ? "The policy's wording" : "相关条款原文" }, ...wording);
  if (decision.automation.significant) blocks.push({ kind: "paragraph", text: PIPL_RIGHTS[locale] });
  return blocks;
}

function decimals(amount: string): number {
  return amount.split(".")[1]?.length ?? 0;
}

const DEDUCTIBLE_TERMS: ReadonlySet<string> = new Set(["deductible", "per_claim_deductible", "per_incident_deductible", "in_catalogue_deductible", "out_of_catalogue_deductible"]);

/**
 * A claim that pays nothing because the deductibles took it all: what they took on this claim and what is left of
 * the annual one, for the notice to say so plainly (undefined when the claim pays something or nothing went to a
 * deductible).
 */
function belowDeductible(decision: Decision): { readonly taken: string; readonly left: string | undefined; readonly family: boolean } | undefined {
  if (!toMoney(decision.payable).isZero()) return undefined;
  const coverages = decision.coverages.filter((coverage) => coverage.status === "nothing_payable");
  const taken = sumMoney(coverages.flatMap((coverage) => (coverage.terms ?? []).filter((term) => DEDUCTIBLE_TERMS.has(term.kind)).map((term) => toMoney(term.value))));
  if (taken.isZero()) return undefined;
  const left = coverages.flatMap((coverage) => (coverage.terms ?? []).filter((term) => term.kind === "deductible_remaining").map((term) => toMoney(term.value)));
  const digits = minorUnitsOf(decision.payable);
  const family = coverages.some((coverage) => (coverage.terms ?? []).some((term) => term.family === true));
  return { taken: formatMoney(taken, digits), left: left.length === 0 ? undefined : formatMoney(sumMoney(left), digits), family };
}
