/**
 * The lines a README code block says it prints: the comment after a `console.log(…);`, and the comment-only lines
 * right under it that start in the same column (a continuation). Read by tests/readme-code-blocks.test.ts and by
 * scripts/check-quick-start.sh, so both check the same lines.
 *
 * @param {string} code the block's code
 * @returns {string[]}
 */
export function printedLines(code) {
  const printed = [];
  let column = -1;
  for (const line of code.split("\n")) {
    const logged = /^(.*console\.log\(.*\);\s*)\/\/ (.*)$/.exec(line);
    if (logged !== null) {
      column = logged[1].length;
      printed.push(logged[2]);
    } else if (column >= 0 && line.length > column && line.slice(0, column).trim() === "" && line.slice(column).startsWith("// ")) {
      printed.push(line.slice(column + 3));
    } else column = -1;
  }
  return printed;
}
