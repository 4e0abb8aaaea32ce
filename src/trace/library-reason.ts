import type { Reason } from "../decision/decision-schema.js";
import type { LocalizedText } from "../values/primitives.js";
import { BUILTIN_REASON_MESSAGES } from "../codes/builtin-reasons.js";
import { renderTemplate } from "../text/render-template.js";

/** The message of a library reason code, filled with its figures. */
export function libraryMessage(code: string, params: Readonly<Record<string, string>>, currency: string): LocalizedText {
  return renderTemplate(BUILTIN_REASON_MESSAGES[code] ?? { en: code, zh: code }, params, currency);
}

/** A reason the library gives itself: its code's template filled with its figures, which are kept on the reason. */
export function libraryReason(reason: Omit<Reason, "message" | "params"> & { readonly params?: Readonly<Record<string, string>> }, currency: string): Reason {
  const params = reason.params ?? {};
  return { ...reason, ...(Object.keys(params).length > 0 ? { params: { ...params } } : {}), message: libraryMessage(reason.code, params, currency) };
}
