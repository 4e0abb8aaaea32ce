/** The lines a README code block says it prints (see readme-printed-lines.mjs). */
export function printedLines(code: string): string[];
