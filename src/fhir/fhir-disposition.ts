import { formatAmount } from "../text/format-amount.js";
import type { FhirExportContext } from "./fhir-export-context.js";

/**
 * The disposition: the decision in one or two sentences, in the export's language. This, with the adjudications
 * and the totals, is where FHIR carries the approval; `outcome` only says how far processing went.
 * A denial states its reasons; a pending claim says how many documents are asked for.
 *
 * @param context - the export's context
 * @returns the disposition text
 * @example
 * fhirDisposition(context) // an approved claim, in English
 * //=> "Approved: CNY 3,000.00 payable of CNY 28,000.00 billed."
 */
export function fhirDisposition(context: FhirExportContext): string {
  const { decision, language } = context;
  // Money as the rest of the export's language writes it (¥ in Chinese); a claim without bill lines bills nothing,
  // so its amount is not set against "CNY 0.00 billed".
  const payable = formatAmount(decision.payable, decision.currency, language);
  const billedAmount = formatAmount(decision.billed, decision.currency, language);
  const hasBill = decision.lines.length > 0;
  const billed = language === "zh" ? (hasBill ? `（申请金额 ${billedAmount}）` : "") : hasBill ? ` of ${billedAmount} billed` : "";
  const reasons = [...new Set(decision.reasons.map((reason) => context.text(reason.message)))].join(language === "zh" ? "" : " ");
  const documents = decision.missingDocuments.length;
  switch (decision.outcome) {
    case "approved":
      return language === "zh" ? `同意赔付：应赔金额 ${payable}${billed}。` : `Approved: ${payable} payable${billed}.`;
    case "partially_approved":
      return language === "zh"
        ? `部分赔付：应赔金额 ${payable}${billed}，部分费用经核减或不予赔付，详见处理说明。`
        : `Partially approved: ${payable} payable${billed}; some amounts were reduced or excluded, see the notes.`;
    case "denied":
      return language === "zh" ? `拒绝赔付：本次申请不予赔付。${reasons}` : `Denied: nothing is payable. ${reasons}`.trim();
    case "pending_documents":
      return language === "zh"
        ? `待补充资料：尚需补充 ${documents} 项资料后方可审核，目前暂不赔付。`
        : `Pending documents: ${documents} document${documents === 1 ? " is" : "s are"} needed before the claim can be assessed; nothing is payable yet.`;
    case "referred":
      return language === "zh"
        ? `转人工审核：经审核确认后应赔金额 ${payable}${billed}，本结果尚非最终结论。${reasons}`
        : `Referred for review: ${payable}${billed} would be payable once a reviewer confirms; not final. ${reasons}`.trim();
  }
}
