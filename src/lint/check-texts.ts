import type { LintIssue } from "./lint-issue.js";

type Path = readonly (string | number)[];

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Checks a `{ zh, en }` text that the schema accepted: blank text, Chinese text without a Chinese character
 * (an untranslated copy), and the same text in both languages.
 * @param text - the localized text, as found in the file (possibly incomplete)
 * @param path - its JSON path
 * @param what - how messages name it, e.g. `the message of reason WAITING_PERIOD`
 * @example
 * checkLocalizedText({ zh: "Waiting period", en: "Waiting period" }, ["rules", 0, "event", "message"], "the message");
 * //=> [{ code: "reason_message", severity: "warning", path: [… "message", "zh"], … }]
 */
export function checkLocalizedText(text: unknown, path: Path, what: string): LintIssue[] {
  if (text === null || typeof text !== "object") return [];
  const { zh, en } = text as { zh?: unknown; en?: unknown };
  const issues: LintIssue[] = [];
  for (const [locale, value] of [["zh", zh], ["en", en]] as const) {
    if (typeof value === "string" && value.length > 0 && value.trim() === "") {
      issues.push({ code: "reason_message", severity: "error", path: [...path, locale], message: `${what} in ${locale === "zh" ? "Chinese" : "English"} is blank: write it` });
    }
  }
  if (typeof zh === "string" && zh.trim() !== "" && !HAN.test(zh)) {
    issues.push({
      code: "reason_message",
      severity: "warning",
      path: [...path, "zh"],
      message: `${what} in Chinese has no Chinese character ("${zh.length > 40 ? `${zh.slice(0, 40)}…` : zh}"): translate it, claimants read it`,
    });
  } else if (typeof zh === "string" && zh.trim() !== "" && zh === en) {
    issues.push({ code: "reason_message", severity: "warning", path: [...path, "en"], message: `${what} is the same text in Chinese and English: translate it` });
  }
  return issues;
}
