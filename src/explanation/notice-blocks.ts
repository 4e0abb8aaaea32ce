/** The parts a notice is made of, rendered as plain text or as Markdown. */
export type NoticeBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly ordered: boolean; readonly items: readonly string[] }
  | { readonly kind: "quote"; readonly text: string }
  | { readonly kind: "table"; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** How a notice is written: plain `text` or `markdown`. */
export type NoticeFormat = "text" | "markdown";

/** Columns a string takes in a terminal or a fixed-width font: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));
const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], format: NoticeFormat): string {
  if (format === "markdown") {
    return [`| ${headers.map(escapeCell).join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`)].join("\n");
  }
  const widths = headers.map((header, i) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[i] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 0)).join("  ").trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

/** Renders the blocks, separated by blank lines. */
export function renderBlocks(blocks: readonly NoticeBlock[], format: NoticeFormat): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "heading":
          if (format === "markdown") return `${"#".repeat(block.level)} ${block.text}`;
          return `${block.text}\n${(block.level === 1 ? "=" : "-").repeat(displayWidth(block.text))}`;
        case "paragraph":
          return block.text;
        case "list":
          return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${item.replace(/\n/g, "\n   ")}`).join("\n");
        case "quote":
          return block.text
            .split("\n")
            .map((line) => (format === "markdown" ? `> ${line}` : `    ${line}`))
            .join("\n");
        case "table":
          return renderTable(block.headers, block.rows, format);
        default: {
          const unreachable: never = block;
          throw new TypeError(`unknown block ${JSON.stringify(unreachable)}`);
        }
      }
    })
    .join("\n\n")
    .concat("\n");
}
