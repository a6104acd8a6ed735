// The subset of autocannon@9 (which ships no types) that scripts/bench uses.
declare module "autocannon" {
  type Histogram = {
    average: number;
    mean: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p99: number;
    total: number;
  };

  type RequestParams = { method?: string; path?: string; headers?: Record<string, string> };

  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: (RequestParams & { setupRequest?: (request: RequestParams) => RequestParams })[];
  };

  type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram;
  };

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): unknown;

  export type { Options, Result };
  export default autocannon;
}
