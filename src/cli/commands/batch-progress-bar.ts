import cliProgress from "cli-progress";
import type { BatchProgress } from "../../store/batch/read-batch-progress.js";
import type { CliIo } from "../cli-io.js";

export interface BatchProgressBar {
  update(progress: BatchProgress): void;
  stop(): void;
}

/** The batch's progress on stderr, only on a terminal (never in pipes, files or CI logs). */
export function startBatchProgressBar(io: CliIo, total: number, enabled: boolean): BatchProgressBar {
  if (!enabled || io.stderr.isTTY !== true) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: "{bar} {percentage}% | {value}/{total} claims | {recorded} recorded, {replayed} replayed, {rejected} rejected | eta {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { recorded: 0, replayed: 0, rejected: 0 });
  return {
    update: (progress) => bar.update(progress.total - progress.queued, { recorded: progress.recorded, replayed: progress.replayed, rejected: progress.rejected + progress.failed }),
    stop: () => bar.stop(),
  };
}
