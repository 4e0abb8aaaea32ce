import cliProgress from "cli-progress";
import type { CliIo } from "./cli-io.js";

export interface Progress {
  /** `counted`: the claims the second counter counts (changed, rejected). */
  update(done: number, counted: number): void;
  stop(): void;
}

/** What the bar says: `{done}` claims, and what the second counter counts. */
export interface ProgressLabels {
  /** After the running count when the total is unknown, e.g. `claims compared`. */
  readonly done: string;
  /** After the second counter, e.g. `changed`. */
  readonly counted: string;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

const COMPARED: ProgressLabels = { done: "claims compared", counted: "changed" };

/**
 * A progress bar on stderr, only when stderr is a terminal (never in pipes, files or CI logs).
 * @param total - the number of claims, or `undefined` when reading stdin (a running count is shown instead)
 * @param labels - the words of the bar; by default those of `diff` (`… claims compared, … changed`)
 */
export function startProgress(io: CliIo, total: number | undefined, enabled: boolean, labels: ProgressLabels = COMPARED): Progress {
  if (!enabled || io.stderr.isTTY !== true) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format:
        total === undefined
          ? `{value} ${labels.done}, {counted} ${labels.counted}`
          : `{bar} {percentage}% | {value}/{total} claims | {counted} ${labels.counted} | eta {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { counted: 0 });
  return {
    update: (done, counted) => bar.update(done, { counted }),
    stop: () => bar.stop(),
  };
}
