import type { LocalizedTemplate, TemplateValue } from "../codes/localized-template.js";
import { renderTemplate } from "../text/render-template.js";
import type { LocalizedText } from "../values/primitives.js";

/**
 * Fills a template with its figures, and gives back the figures as the decision records them: a figure in words
 * (`{ en, zh }`) as `name.en` and `name.zh`, a list joined with commas, the rest as given.
 */
export function fillTemplate(
  template: LocalizedTemplate,
  params: Readonly<Record<string, TemplateValue>>,
  currency: string,
): { message: LocalizedText; recorded: Record<string, string> } {
  const flat: Record<string, string | readonly string[]> = {};
  const recorded: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" || Array.isArray(value)) {
      flat[name] = value as string | readonly string[];
      recorded[name] = typeof value === "string" ? value : (value as readonly string[]).join(",");
    } else {
      const words = value as LocalizedText;
      flat[`${name}.en`] = words.en;
      flat[`${name}.zh`] = words.zh;
      recorded[`${name}.en`] = words.en;
      recorded[`${name}.zh`] = words.zh;
    }
  }
  return { message: renderTemplate(template, flat, currency), recorded };
}

/**
 * The message alone of `fillTemplate(template, params, currency)`, for builders that record no figures (the steps):
 * the same words, without the record of figures nobody reads.
 */
export function fillMessage(template: LocalizedTemplate, params: Readonly<Record<string, TemplateValue>>, currency: string): LocalizedText {
  const flat: Record<string, string | readonly string[]> = {};
  for (const name in params) {
    if (!Object.hasOwn(params, name)) continue;
    const value = params[name] as TemplateValue;
    if (typeof value === "string" || Array.isArray(value)) flat[name] = value as string | readonly string[];
    else {
      const words = value as LocalizedText;
      flat[`${name}.en`] = words.en;
      flat[`${name}.zh`] = words.zh;
    }
  }
  return renderTemplate(template, flat, currency);
}
