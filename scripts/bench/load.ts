// Load generation: autocannon for fixed durations, cases alternated across rounds, medians reported.
import autocannon, { type Options, type Result } from "autocannon";

export type BenchCase = {
  id: string;
  label: string;
  path: string;
  token?: string;
  expectedStatus: number;
  /** Target: at least this fraction of GET /api/health's req/s (on PostgreSQL only, if `postgresOnly`). */
  minRatio?: number;
  postgresOnly?: boolean;
  /**
   * Refused keys count against a 60-a-minute failed-auth throttle per client address, after which the proxy
   * answers 429 without verifying anything. These cases spread their requests over many X-Forwarded-For
   * addresses so that they measure the refusal path itself.
   */
  rotateAddress?: boolean;
};

export type CaseResult = {
  reqPerSec: number;
  p50: number;
  p99: number;
  rounds: number[];
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

function median(values: number[]): number {
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

/**
 * Warms every case up, then runs the cases in `rounds` rounds (forward, then backward, …) so that drift over
 * time spreads across cases; reports the median of the rounds.
 */
export async function runCases(
  baseUrl: string,
  cases: BenchCase[],
  options: LoadOptions,
  progress: (line: string) => void,
): Promise<Map<string, CaseResult>> {
  for (const benchCase of cases) await fire(baseUrl, benchCase, options.warmupSeconds, options.connections);
  const samples = new Map<string, Result[]>(cases.map((benchCase) => [benchCase.id, []]));
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? cases : [...cases].reverse();
    for (const benchCase of order) {
      const result = await fire(baseUrl, benchCase, options.seconds, options.connections);
      samples.get(benchCase.id)?.push(result);
      progress(`  round ${round + 1}: ${benchCase.label}: ${Math.round(throughput(result))} req/s`);
    }
  }
  const results = new Map<string, CaseResult>();
  for (const benchCase of cases) {
    const runs = samples.get(benchCase.id) ?? [];
    const statuses: Record<string, number> = {};
    for (const run of runs) {
      for (const [status, { count }] of Object.entries(run.statusCodeStats)) {
        statuses[status] = (statuses[status] ?? 0) + count;
      }
      if (run.errors > 0) statuses.errors = (statuses.errors ?? 0) + run.errors;
      if (run.timeouts > 0) statuses.timeouts = (statuses.timeouts ?? 0) + run.timeouts;
    }
    results.set(benchCase.id, {
      reqPerSec: median(runs.map(throughput)),
      p50: median(runs.map((run) => run.latency.p50)),
      p99: median(runs.map((run) => run.latency.p99)),
      rounds: runs.map(throughput),
      statuses,
    });
  }
  return results;
}
