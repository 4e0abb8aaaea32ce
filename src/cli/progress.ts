import cliProgress from "cli-progress";
import type { CliIo } from "./cli-io.js";

export interface Progress {
  update(done: number, changed: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr, only when stderr is a terminal (never in pipes, files or CI logs).
 * @param total - the number of claims, or `undefined` when reading stdin (a running count is shown instead)
 */
export function startProgress(io: CliIo, total: number | undefined, enabled: boolean): Progress {
  if (!enabled || io.stderr.isTTY !== true) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: total === undefined ? "{value} claims compared, {changed} changed" : "{bar} {percentage}% | {value}/{total} claims | {changed} changed | eta {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { changed: 0 });
  return {
    update: (done, changed) => bar.update(done, { changed }),
    stop: () => bar.stop(),
  };
}
