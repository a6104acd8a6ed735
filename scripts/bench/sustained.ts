// Sustained load with request recording on: does the server's memory settle, or grow with what it records?
import autocannon, { type Result } from "autocannon";
import type { BenchCase } from "./load";
import type { RunningServer } from "./server";

export type SustainedReport = {
  label: string;
  connections: number;
  /** Seconds into the load at which RSS was read: the early reading, then the late one. */
  checkpoints: { seconds: number; rssBytes: number }[];
  reqPerSec: number;
  statuses: Record<string, number>;
};

/** Seconds of load before the first reading: past warm-up, JIT and the first buffer fills. */
export const EARLY_SECONDS = 30;

/**
 * `benchCase` against `server` for `seconds` without a pause, reading the server's RSS after EARLY_SECONDS and
 * again just before the load ends (a second early, so that both readings are taken under load).
 */
export async function measureSustained(
  server: RunningServer,
  benchCase: BenchCase,
  seconds: number,
  connections: number,
): Promise<SustainedReport> {
  const checkpoints: SustainedReport["checkpoints"] = [];
  const readAt = (at: number) =>
    setTimeout(() => checkpoints.push({ seconds: at, rssBytes: server.rssNow() }), at * 1000);
  const timers = [readAt(EARLY_SECONDS), readAt(seconds)];
  const headers: Record<string, string> = benchCase.token
    ? { authorization: `Bearer ${benchCase.token}` }
    : {};
  try {
    const result = await new Promise<Result>((resolve, reject) =>
      autocannon(
        {
          url: server.baseUrl,
          connections,
          duration: seconds + 1,
          requests: [{ method: "GET", path: benchCase.path, headers }],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      ),
    );
    const statuses = Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
    );
    if (result.errors > 0) statuses.errors = result.errors;
    return {
      label: benchCase.label,
      connections,
      checkpoints,
      reqPerSec: result.duration > 0 ? result.requests.total / result.duration : 0,
      statuses,
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
}
