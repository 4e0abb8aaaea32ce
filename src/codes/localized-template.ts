import type { LocalizedText } from "../values/primitives.js";

/**
 * The placeholder names of a template string, at the type level: `"day {day} of {waitingDays}"` gives
 * `"day" | "waitingDays"`, `"{limit:money}"` gives `"limit"`. A template table written `as const` thus says, to the
 * compiler, which figures each of its codes needs: a reason built without one of them does not compile.
 */
export type TemplateParameterNames<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${infer Base}:${string}` ? Base : Name) | TemplateParameterNames<Rest>
  : never;

/** A message in both working languages whose placeholders are filled from the same figures. */
export interface LocalizedTemplate {
  readonly en: string;
  readonly zh: string;
}

/**
 * A figure for a template: a plain value, words in both languages (a benefit's name, "departure" / "起飞"), or a list
 * (joined as each language joins lists).
 */
export type TemplateValue = string | LocalizedText | readonly string[];

/** The figures a template needs, by name, each required. */
export type TemplateParameters<Template extends LocalizedTemplate> = {
  readonly [Name in TemplateParameterNames<Template["en"]> | TemplateParameterNames<Template["zh"]>]: TemplateValue;
};

/** A table of templates by code, as the registries declare them. */
export type TemplateTable = Readonly<Record<string, LocalizedTemplate>>;

/** The figures the template of `code` in `table` needs. */
export type ParametersOf<Table extends TemplateTable, Code extends keyof Table> = TemplateParameters<Table[Code]>;
