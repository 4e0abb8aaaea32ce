import { ValidationError } from "../errors/validation-error.js";
import { REPORT_TEXT, type ReportLocale } from "./report-text.js";

/**
 * The report's language as given from JavaScript: `"zh"` or `"en"`, else a ValidationError naming `options.locale`
 * (instead of a TypeError deep in the renderer).
 * @throws ValidationError when `locale` is not `"zh"` or `"en"`
 */
export function checkReportLocale(locale: unknown): ReportLocale {
  if (typeof locale === "string" && Object.hasOwn(REPORT_TEXT, locale)) return locale as ReportLocale;
  throw new ValidationError("report options", [{ code: "invalid_input", path: ["options", "locale"], message: `expected "zh" or "en", received ${JSON.stringify(locale) ?? "nothing"}` }]);
}
