import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import type { CliIo } from "../../../src/cli/cli-io.js";
import { startReportProgress } from "../../../src/cli/commands/report-progress.js";

// Issue 14 ("with progress on a terminal"): the report command's test runs without a terminal (no bar, stderr
// empty); this one gives the bar a stderr that says it is a terminal and reads what it draws.
function fakeIo(isTTY: boolean): { io: CliIo; written: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let text = "";
  stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  const io = { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} } as unknown as CliIo;
  return { io, written: () => text };
}

describe("the report's progress bar", () => {
  test("on a terminal: decisions read of the file's lines, updated every 500 (redrawn at most 10 times a second)", () => {
    const { io, written } = fakeIo(true);
    const progress = startReportProgress(io, 1843, true);
    for (let read = 1; read <= 1843; read++) progress.update(read);
    progress.stop();
    const plain = written().replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g, "");
    expect(plain).toContain("0% | 0/1843 decisions");
    expect(plain).toContain("81% | 1500/1843 decisions");
  });

  test("from stdin (no total): a running count", () => {
    const { io, written } = fakeIo(true);
    const progress = startReportProgress(io, undefined, true);
    for (let read = 1; read <= 1000; read++) progress.update(read);
    progress.stop();
    expect(written()).toContain("1000 decisions read");
  });

  test("not a terminal, or --no-progress: nothing is written", () => {
    for (const [isTTY, enabled] of [[false, true], [true, false]] as const) {
      const { io, written } = fakeIo(isTTY);
      const progress = startReportProgress(io, 1843, enabled);
      for (let read = 1; read <= 1843; read++) progress.update(read);
      progress.stop();
      expect(written()).toBe("");
    }
  });
});
