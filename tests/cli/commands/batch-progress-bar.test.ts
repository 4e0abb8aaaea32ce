import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import { startBatchProgressBar } from "../../../src/cli/commands/batch-progress-bar.js";
import type { BatchProgress } from "../../../src/store/batch/read-batch-progress.js";
import type { CliIo } from "../../../src/cli/cli-io.js";

/** An io whose stderr is a terminal (or not), collecting what is written, escape codes stripped. */
function io(isTTY: boolean): { readonly io: CliIo; readonly written: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY, columns: 160, rows: 40 });
  let text = "";
  stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  const stdout = new PassThrough();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape codes
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} } as unknown as CliIo, written: () => text.replace(/\u001b(?:\[[0-9;?]*[A-Za-z]|[78])/g, "\n") };
}

const progress = (done: number, extra: Partial<BatchProgress> = {}): BatchProgress =>
  ({ batchId: "b-1", total: 23, queued: 23 - done, recorded: done - 1, replayed: 1, rejected: 0, failed: 0, outcomes: {}, payable: "0", done: done === 23, ...extra }) as BatchProgress;

const tick = () => new Promise((resolve) => setTimeout(resolve, 120));

describe("the batch progress bar (claim-adjudicator batch, on a terminal)", () => {
  test("on a terminal: claims done of all, recorded, replayed and rejected as the batch goes", async () => {
    const { io: terminal, written } = io(true);
    const bar = startBatchProgressBar(terminal, 23, true);
    expect(written()).toContain("0% | 0/23 claims | 0 recorded, 0 replayed, 0 rejected");
    await tick();
    bar.update(progress(13, { rejected: 1, failed: 1, recorded: 10 }));
    await tick();
    bar.update(progress(13, { rejected: 1, failed: 1, recorded: 10 }));
    expect(written()).toContain("56% | 13/23 claims | 10 recorded, 1 replayed, 2 rejected");
    await tick();
    bar.update(progress(23));
    bar.stop();
    expect(written()).toContain("100% | 23/23 claims | 22 recorded, 1 replayed, 0 rejected");
  });

  test.each([
    { name: "stderr not a terminal (a pipe, a file, a CI log)", isTTY: false, enabled: true },
    { name: "--no-progress on a terminal", isTTY: true, enabled: false },
  ])("nothing written: $name", ({ isTTY, enabled }) => {
    const { io: quiet, written } = io(isTTY);
    const bar = startBatchProgressBar(quiet, 23, enabled);
    bar.update(progress(13));
    bar.stop();
    expect(written()).toBe("");
  });
});
