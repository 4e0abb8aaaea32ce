import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, test, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

vi.setConfig({ testTimeout: 60_000 });

const medical = new URL("../../examples/medical/", import.meta.url).pathname;
const claims = readdirSync(join(medical, "claims"))
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => JSON.stringify(JSON.parse(readFileSync(join(medical, "claims", file), "utf8"))));
const stdinText = `${Array.from({ length: 240 }, (_, i) => claims[i % claims.length]).join("\n")}\n`;
const args = ["adjudicate", "--policy", join(medical, "policy.json"), "--rules", join(medical, "rules.json"), "-", "--as-of", "submitted", "--json", "--workers", "0"];

/** A reader that takes one chunk per turn of the event loop (a pipe into a slower program), recording the most it ever held. */
function slowReader(highWaterMark: number) {
  const seen = { chunks: [] as string[], mostHeld: 0 };
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      seen.mostHeld = Math.max(seen.mostHeld, this.writableLength);
      seen.chunks.push(chunk.toString("utf8"));
      setImmediate(done);
    },
  });
  return { stream, seen };
}

const quickReader = () => {
  const chunks: string[] = [];
  return { stream: new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk.toString("utf8")), done()) }), chunks };
};

describe("claim-adjudicator adjudicate: a slow reader of the decisions", () => {
  test("holds back the claims instead of the process holding every decision in memory, and gets the same bytes", async () => {
    const slow = slowReader(16 * 1024);
    const stderr = quickReader();
    const code = await runCli(args, { stdin: Readable.from([stdinText]), stdout: slow.stream, stderr: stderr.stream, env: {} });
    // What the command left behind for the reader when it returned, then everything read.
    slow.seen.mostHeld = Math.max(slow.seen.mostHeld, slow.stream.writableLength);
    while (slow.stream.writableLength > 0) await new Promise((resolve) => setImmediate(resolve));
    const fast = quickReader();
    await runCli(args, { stdin: Readable.from([stdinText]), stdout: fast.stream, stderr: quickReader().stream, env: {} });

    const written = slow.seen.chunks.join("");
    const longestLine = Math.max(...written.split("\n").map((line) => Buffer.byteLength(line) + 1));
    // About 3.5 MB of decisions went through; the stream never held more than its mark and the line that crossed it.
    expect(slow.seen.mostHeld).toBeLessThanOrEqual(16 * 1024 + longestLine);
    expect(written.length).toBeGreaterThan(3_000_000);
    expect(code).toBe(0);
    expect(stderr.chunks.join("")).toMatch(/^Adjudicated 240 of 240 claims: /);
    expect(written.split("\n")).toHaveLength(241);
    expect(written).toBe(fast.chunks.join(""));
  });
});
