import { renderNotice, type Decision } from "../../src/index.js";
import { toFhirClaimResponse, toFhirExplanationOfBenefit } from "../../src/fhir/index.js";

/** One text a reader sees: where it comes from, its language, the text. */
export interface TextOutput {
  readonly name: string;
  readonly language: "zh" | "en";
  readonly text: string;
}

/** Every string of a JSON value, but those under `skip` keys. */
export function stringsOf(value: unknown, out: string[] = [], skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out, skip);
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) if (!skip.has(key)) stringsOf(item, out, skip);
  return out;
}

/** A coding's display is its code system's own name for the code (HL7's "Submitted Amount"), not the library's text. */
const FHIR_CODES = new Set(["display", "system", "code", "url", "reference", "profile"]);

/**
 * Every text the library writes for a decision: its explanation, the claimant's and the adjuster's notices in both
 * languages, as text and Markdown, and the texts of the FHIR ClaimResponse and ExplanationOfBenefit in both languages.
 */
export function textOutputs(decision: Decision, claim: unknown): TextOutput[] {
  const outputs: TextOutput[] = [
    { name: "explanation.zh", language: "zh", text: decision.explanation.zh },
    { name: "explanation.en", language: "en", text: decision.explanation.en },
  ];
  for (const locale of ["zh-CN", "en"] as const) {
    for (const audience of ["claimant", "adjuster"] as const) {
      for (const format of ["text", "markdown"] as const) {
        outputs.push({ name: `${audience} notice ${locale} ${format}`, language: locale === "zh-CN" ? "zh" : "en", text: renderNotice(decision, { locale, audience, format, claimant: { name: "张伟", bankAccount: "6222020200112233445" } }) });
      }
    }
  }
  // The calculation's words (each step's description), as the decision's JSON gives them to a reader.
  for (const language of ["zh", "en"] as const) outputs.push({ name: `calculation.${language}`, language, text: decision.calculation.map((step) => step.description[language]).join("\n") });
  for (const language of ["zh", "en"] as const) {
    const texts = [...stringsOf(toFhirClaimResponse(decision, claim as never, { language }), [], FHIR_CODES), ...stringsOf(toFhirExplanationOfBenefit(decision, claim as never, { language }), [], FHIR_CODES)];
    // A resource's texts are those with words in them: codes, system URLs, ids and dates are not read as text.
    outputs.push({ name: `FHIR ${language}`, language, text: texts.filter((text) => /[\u4e00-\u9fff]|[A-Za-z]+ [A-Za-z]+/.test(text) && !/^(urn|https?):/.test(text)).join("\n") });
  }
  return outputs;
}

/**
 * What a text may contain besides words of its language: ids and codes of the decision and of its inputs (claim
 * id, policy number, line, coverage, rule, clause, requirement and document ids, reason, adjustment, step and
 * event codes, fact and operator names), the currency, and the calculation trace as recorded (`field=value`, which
 * the adjuster view shows as the decision's JSON does). Free text of the inputs (a line's description, the policy's
 * wording, an airline's name) is the insurer's or the claimant's, not the library's: it is taken out before checking.
 */
export interface TextContext {
  readonly allowed: ReadonlySet<string>;
  /** The ids the inputs and decisions chose (claim, line, coverage, invoice ids, numbers): the only lower-case codes a text for a reader may quote. */
  readonly ids: ReadonlySet<string>;
  readonly freeText: readonly string[];
}

const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

export function textContext(decisions: readonly Decision[], inputs: readonly unknown[], names: readonly string[]): TextContext {
  const allowed = new Set<string>(names);
  const idValues = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value !== "string") return;
    if (ID_LIKE.test(value)) allowed.add(value);
    // An id of the input's own choosing is an id whatever its characters ("$.constructor" as an invoice number).
    else for (const part of value.split(/[^A-Za-z0-9]+/)) if (part !== "") allowed.add(part);
  };
  const ids = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) for (const item of value) ids(item, key);
    else if (typeof value === "object" && value !== null) for (const [k, item] of Object.entries(value)) ids(item, k);
    // Ids and codes: a field named …Id, id, code, …Code, kind, step, group, carc, type of event (eventType), number.
    else if (key !== undefined && /(^id$|Id$|^code$|Code$|^kind$|^step$|^group$|^carc$|^eventType$|^number$|Number$|^currency$|^operator$|^fact$|^flightNumber$|^category$)/.test(key)) {
      add(value);
      if (typeof value === "string" && /(^id$|Id$|^number$|Number$)/.test(key)) idValues.add(value);
    }
  };
  for (const input of inputs) ids(input);
  for (const decision of decisions) {
    ids(decision);
    // A figure of the trace quotes its input as given ("$.constructor CA938" for a carrier): its words are the input's.
    for (const step of decision.calculation) for (const [key, value] of Object.entries(step.inputs)) allowed.add(key), stringsOf(value).forEach((word) => word.split(/[=,\s]+/).forEach((part) => (allowed.add(part), part.split(/[^A-Za-z0-9]+/).forEach((piece) => allowed.add(piece)))));
    for (const benefit of decision.benefits) for (const [key, value] of Object.entries(benefit.basis)) allowed.add(key), String(value).split(/[=,\s:]+/).forEach((part) => allowed.add(part));
    // A rule's evidence quotes the rule's own language: facts with their paths, operators, and values as JSON.
    for (const rule of decision.triggeredRules) {
      for (const item of rule.evidence) {
        allowed.add(`${item.fact}${item.factPath === undefined ? "" : item.factPath.slice(1)}`);
        for (const word of [JSON.stringify(item.expected) ?? "", JSON.stringify(item.actual) ?? "", item.path]) word.split(/[^A-Za-z0-9._-]+/).forEach((part) => allowed.add(part));
      }
    }
  }
  const freeText = inputs.flatMap((input) => stringsOf(input)).filter((text) => /\s/.test(text.trim()) || /[\u4e00-\u9fff]/.test(text));
  // The longest first, so that a text inside another is not cut out of it first.
  return { allowed, ids: idValues, freeText: [...new Set(freeText)].sort((a, b) => b.length - a.length) };
}

/**
 * The problems of one text: a `{placeholder}` left, a lazy plural, a value never meant to be read, and in Chinese an
 * English word that is not a code (a standard's too: "JR/T"), an id or a currency; in both, an amount written without
 * its grouping (mixed money formats) outside the adjuster's tables, and a "payable of 0.00" for a claim without a bill.
 */
export function textProblems(output: TextOutput, context: TextContext): string[] {
  const problems: string[] = [];
  const line = (index: number) => output.text.slice(Math.max(0, output.text.lastIndexOf("\n", index) + 1), output.text.indexOf("\n", index) < 0 ? undefined : output.text.indexOf("\n", index)).trim().slice(0, 200);
  for (const match of output.text.matchAll(/\{[A-Za-z_][A-Za-z0-9_]*(?::[a-z]+)?\}/g)) problems.push(`placeholder ${match[0]} in "${line(match.index)}"`);
  for (const match of output.text.matchAll(/\b[a-z]+\(s\)|\[object Object\]|\bundefined\b|\bNaN\b/g)) problems.push(`"${match[0]}" in "${line(match.index)}"`);
  if (!output.name.startsWith("adjuster")) {
    // An amount quoted as JSON ("200000.00") is a rule's value in its evidence, as the rule author wrote it.
    for (const match of output.text.matchAll(/(?<![\d,."])\d{4,}\.\d{2}(?![\d"])/g)) {
      // An id of the input's own (a fuzzed disability code "9999999999999.99") is not an amount.
      if (!context.freeText.some((text) => text.includes(match[0])) && !context.allowed.has(match[0])) problems.push(`amount ${match[0]} without thousands separators in "${line(match.index)}"`);
    }
  }
  // The library's own words: the text without the inputs' free text (a line's description, the policy's wording).
  let ownWords = output.text;
  for (const free of context.freeText) ownWords = ownWords.split(free).join(" ");
  if (!output.name.startsWith("adjuster") && !output.name.startsWith("cli")) {
    // A code of the library's or of the inputs' (snake_case: "not_used", "earlier_payments") is never a reader's word;
    // only the adjuster's view, which quotes the trace as recorded, and the CLI, which shows a rule author each rule's
    // comparisons in the rules' own terms, show codes.
    for (const match of ownWords.matchAll(/(?<![A-Za-z0-9_.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![A-Za-z0-9_])/g)) {
      if (!context.ids.has(match[0])) problems.push(`code "${match[0]}" in "${line(output.text.indexOf(match[0]))}"`);
    }
  }
  for (const match of output.text.matchAll(/\bof (?:[A-Z]{3} )?0\.00\b|申请金额 \D{0,4}0\.00(?!\d)/g)) problems.push(`"${match[0]}" (nothing billed) in "${line(match.index)}"`);
  if (output.language === "zh") {
    for (const [index, row] of ownWords.split("\n").entries()) {
      for (const match of row.matchAll(/[A-Za-z][A-Za-z0-9_.'/-]*[A-Za-z0-9]|[A-Za-z]/g)) {
        const word = match[0];
        if (/\d/.test(word) || /^[A-Z][A-Z0-9_/]*$/.test(word) || context.allowed.has(word)) continue;
        problems.push(`English "${word}" in Chinese text, line ${index + 1}: "${row.trim().slice(0, 200)}"`);
      }
    }
  }
  return problems;
}
