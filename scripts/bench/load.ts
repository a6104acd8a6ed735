// Load generation: autocannon for fixed durations, cases alternated across rounds, medians reported.
import autocannon, { type Options, type Result } from "autocannon";
import type { RunningServer } from "./server";

export type BenchCase = {
  id: string;
  label: string;
  path: string;
  token?: string;
  expectedStatus: number;
  /** Target: at least this fraction of GET /api/health's req/s. */
  minRatio?: number;
  /**
   * Refused keys count against a 60-a-minute failed-auth throttle per client address, after which the proxy
   * answers 429 without verifying anything. These cases spread their requests over many X-Forwarded-For
   * addresses so that they measure the refusal path itself.
   */
  rotateAddress?: boolean;
  /** "off": run against the second server, started with API_REQUEST_LOG=off (the first records requests). */
  recording?: "off";
};

export type CaseResult = {
  reqPerSec: number;
  p50: number;
  p99: number;
  /** req/s of each round, in round order (for ratios between cases measured in the same round). */
  rounds: number[];
  /** The server's CPU time per response, in microseconds (median of the rounds): less sensitive to other load. */
  cpuMicros: number;
  /** Responses per status code over all rounds, plus socket errors and timeouts. */
  statuses: Record<string, number>;
};

export type LoadOptions = { seconds: number; rounds: number; warmupSeconds: number; connections: number };

const ADDRESS_POOL = 16_384;
let addressCounter = 0;

function nextAddress(): string {
  const n = addressCounter++ % ADDRESS_POOL;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function fire(baseUrl: string, benchCase: BenchCase, seconds: number, connections: number): Promise<Result> {
  const headers: Record<string, string> = benchCase.token
    ? { authorization: `Bearer ${benchCase.token}` }
    : {};
  const request = { method: "GET", path: benchCase.path, headers };
  const requests: Options["requests"] = benchCase.rotateAddress
    ? [
        {
          ...request,
          setupRequest: (built) => ({ ...built, headers: { ...headers, "x-forwarded-for": nextAddress() } }),
        },
      ]
    : [request];
  return new Promise((resolve, reject) => {
    autocannon({ url: baseUrl, connections, duration: seconds, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** Completed responses over the run's measured duration (autocannon's per-second average skips partial seconds). */
const throughput = (result: Result) => (result.duration > 0 ? result.requests.total / result.duration : 0);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** One request per case, so that a wrong setup (a 500, a 429) shows before minutes of load. */
export async function preflight(baseUrl: string, cases: BenchCase[]): Promise<string[]> {
  const problems: string[] = [];
  for (const benchCase of cases) {
    const response = await fetch(`${baseUrl}${benchCase.path}`, {
      headers: benchCase.token ? { authorization: `Bearer ${benchCase.token}` } : {},
    });
    const body = await response.text();
    if (response.status !== benchCase.expectedStatus) {
      problems.push(
        `${benchCase.label}: expected ${benchCase.expectedStatus}, got ${response.status} ${body.slice(0, 200)}`,
      );
    }
  }
  return problems;
}

/** A case to run against one server; `id` names its result. */
export type LoadTarget = { id: string; server: RunningServer; benchCase: BenchCase };

type Sample = { result: Result; cpuMicros: number };

/** One load run of `seconds` against the target, with the server's CPU time per response over that run. */
async function measure(target: LoadTarget, seconds: number, connections: number): Promise<Sample> {
  const cpuBefore = target.server.cpuMs();
  const result = await fire(target.server.baseUrl, target.benchCase, seconds, connections);
  const cpuMicros = ((target.server.cpuMs() - cpuBefore) * 1000) / Math.max(result.requests.total, 1);
  return { result, cpuMicros };
}

/**
 * Warms every target up, then runs them in `rounds` rounds; reports the median of the rounds, and each round's
 * figure for per-round ratios. `alternate` runs the targets one after another (forward, then backward, …) so
 * that drift over time spreads across them. `together` (targets on different servers) runs them all at once,
 * the connections split between them, so that each round's figures come from the very same machine
 * conditions: on a shared, noisy machine this compares two servers far more tightly.
 */
export async function runCases(
  targets: LoadTarget[],
  options: LoadOptions,
  progress: (line: string) => void,
  mode: "alternate" | "together" = "alternate",
): Promise<Map<string, CaseResult>> {
  const connections =
    mode === "together" ? Math.max(1, Math.floor(options.connections / targets.length)) : options.connections;
  // Together, the servers warm up together too, and for longer: a server that has served nothing yet (the
  // second one) would otherwise still be compiling its hot paths during the first rounds.
  if (mode === "together") {
    await Promise.all(
      targets.map(({ server, benchCase }) =>
        fire(server.baseUrl, benchCase, options.warmupSeconds * 5, connections),
      ),
    );
  } else {
    for (const { server, benchCase } of targets) {
      await fire(server.baseUrl, benchCase, options.warmupSeconds, connections);
    }
  }
  const samples = new Map<string, Sample[]>(targets.map((target) => [target.id, []]));
  const record = (round: number, target: LoadTarget, sample: Sample) => {
    samples.get(target.id)?.push(sample);
    progress(`  round ${round + 1}: ${target.id}: ${Math.round(throughput(sample.result))} req/s`);
  };
  for (let round = 0; round < options.rounds; round++) {
    if (mode === "together") {
      const measured = await Promise.all(
        targets.map((target) => measure(target, options.seconds, connections)),
      );
      targets.forEach((target, i) => {
        const sample = measured[i];
        if (sample) record(round, target, sample);
      });
      continue;
    }
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) record(round, target, await measure(target, options.seconds, connections));
  }
  const results = new Map<string, CaseResult>();
  for (const { id } of targets) {
    const runs = samples.get(id) ?? [];
    const statuses: Record<string, number> = {};
    for (const { result } of runs) {
      for (const [status, { count }] of Object.entries(result.statusCodeStats)) {
        statuses[status] = (statuses[status] ?? 0) + count;
      }
      if (result.errors > 0) statuses.errors = (statuses.errors ?? 0) + result.errors;
      if (result.timeouts > 0) statuses.timeouts = (statuses.timeouts ?? 0) + result.timeouts;
    }
    const rounds = runs.map(({ result }) => throughput(result));
    results.set(id, {
      reqPerSec: median(rounds),
      p50: median(runs.map(({ result }) => result.latency.p50)),
      p99: median(runs.map(({ result }) => result.latency.p99)),
      rounds,
      cpuMicros: median(runs.map((run) => run.cpuMicros)),
      statuses,
    });
  }
  return results;
}

/** The median over rounds of `result`'s req/s divided by `baseline`'s in the same round. */
export function roundRatio(result: CaseResult, baseline: CaseResult): number {
  const ratios = result.rounds.flatMap((value, i) => {
    const base = baseline.rounds[i];
    return base ? [value / base] : [];
  });
  return ratios.length > 0 ? median(ratios) : 0;
}
