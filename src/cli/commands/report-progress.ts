import cliProgress from "cli-progress";
import type { CliIo } from "../cli-io.js";

export interface ReportProgress {
  update(read: number): void;
  stop(): void;
}

/**
 * A progress bar of the decisions read, on stderr and only when stderr is a terminal.
 * @param total - the lines of the file, or `undefined` for stdin (a running count then)
 */
export function startReportProgress(io: CliIo, total: number | undefined, enabled: boolean): ReportProgress {
  if (!enabled || io.stderr.isTTY !== true) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: total === undefined ? "{value} decisions read" : "{bar} {percentage}% | {value}/{total} decisions | eta {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 2000,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0);
  let last = 0;
  return {
    // cli-progress redraws at most `fps` times a second anyway; updating every 500 decisions keeps the loop cheap.
    update: (read) => {
      if (read - last >= 500) {
        last = read;
        bar.update(read);
      }
    },
    stop: () => {
      bar.update(last);
      bar.stop();
    },
  };
}
