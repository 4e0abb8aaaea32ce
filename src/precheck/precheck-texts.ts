import type { MissingDocument } from "../completeness/missing-document-schema.js";
import { formatDate } from "../text/format-amount.js";

/** Text in both working languages. */
export interface PrecheckText {
  readonly zh: string;
  readonly en: string;
}

/** The words of a pre-check's answer, in one table: the request's opening, its notes, and the answer when nothing is missing. */
const WORDS = {
  request: {
    zh: "提交理赔申请前，请一并准备以下全部资料：",
    en: "Before you submit your claim, please gather all of the following documents. This is the complete list:",
  },
  complete: {
    zh: "所需资料已齐全，可以提交理赔申请。",
    en: "Your documents are complete: you can submit your claim.",
  },
  number: { zh: (id: string) => `编号 ${id}`, en: (id: string) => `no. ${id}` },
  copyOnly: { zh: "需原件，目前仅有复印件", en: "the original: a copy is not enough" },
  issuedOnOrAfter: { zh: (date: string) => `须于 ${date} 或之后出具`, en: (date: string) => `issued on or after ${date}` },
  received: { zh: (date: string) => `现有的出具日期为 ${date}`, en: (date: string) => `the one you have is dated ${date}` },
  under: {
    zh: (id: string, title: string | undefined) => (title === undefined ? `依据第 ${id} 条` : `依据第 ${id} 条「${title}」`),
    en: (id: string, title: string | undefined) => (title === undefined ? `Under clause ${id}` : `Under clause ${id} "${title}"`),
  },
} as const;

/**
 * The one complete request for the missing documents (PRC Insurance Law art. 22: the insurer asks once and for
 * everything), in Chinese and English: a numbered list, each document by its name, with what is wrong with the one
 * at hand and the clause that asks for it. When nothing is missing, the sentence saying the claim can be submitted.
 */
export function precheckRequest(missing: readonly MissingDocument[], clauseTitles: ReadonlyMap<string, PrecheckText>): PrecheckText {
  const text = (locale: "zh" | "en"): string => {
    if (missing.length === 0) return WORDS.complete[locale];
    const items = missing.map((document, i) => {
      const notes = [
        ...(document.documentId === undefined ? [] : [WORDS.number[locale](document.documentId)]),
        ...(document.problem === "copy_only" ? [WORDS.copyOnly[locale]] : []),
        ...(document.issuedOnOrAfter !== undefined ? [WORDS.issuedOnOrAfter[locale](formatDate(document.issuedOnOrAfter, locale))] : []),
        ...(document.problem === "issued_too_early" && document.receivedIssuedOn !== undefined ? [WORDS.received[locale](formatDate(document.receivedIssuedOn, locale))] : []),
      ];
      const note = notes.length === 0 ? "" : locale === "en" ? ` (${notes.join("; ")})` : `（${notes.join("；")}）`;
      const under = WORDS.under[locale](document.clauseId, clauseTitles.get(document.clauseId)?.[locale]);
      return `${i + 1}. ${document.description[locale]}${note}${locale === "en" ? ". " : "。"}${under}${locale === "en" ? "." : "。"}`;
    });
    return [WORDS.request[locale], ...items].join("\n");
  };
  return { zh: text("zh"), en: text("en") };
}
