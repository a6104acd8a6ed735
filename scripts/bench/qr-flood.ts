// The public QR endpoint under a flood: GET /api/health's latency while 16 connections ask for large, distinct QR
// codes from ever new addresses (the worst case: neither the image cache nor the per-address limit helps).
import autocannon, { type Options, type Result } from "autocannon";

const FLOOD_CONNECTIONS = 16;
const HEALTH_CONNECTIONS = 4;

export type QrFloodReport = {
  idle: { p50: number; p99: number };
  flooded: { p50: number; p99: number };
  qrStatuses: Record<string, number>;
};

const run = (options: Options) =>
  new Promise<Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );

const statuses = (result: Result): Record<string, number> =>
  Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [
      code,
      (stats as { count: number }).count,
    ]),
  );

/** Health's p50/p99 alone, then again during the flood (the server trusts loopback's X-Forwarded-For). */
export async function measureQrFlood(baseUrl: string, seconds: number): Promise<QrFloodReport> {
  const health = () =>
    run({ url: `${baseUrl}/api/health`, connections: HEALTH_CONNECTIONS, duration: seconds });
  const idle = await health();
  let n = 0;
  const flood = run({
    url: baseUrl,
    connections: FLOOD_CONNECTIONS,
    duration: seconds + 1,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          n++;
          const url = encodeURIComponent(`https://example.com/flood/${n}`);
          const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
          return {
            ...request,
            path: `/api/qr?size=1000&level=H&url=${url}`,
            headers: { "x-forwarded-for": address },
          };
        },
      },
    ],
  });
  const flooded = await health();
  const floodResult = await flood;
  return {
    idle: { p50: idle.latency.p50, p99: idle.latency.p99 },
    flooded: { p50: flooded.latency.p50, p99: flooded.latency.p99 },
    qrStatuses: statuses(floodResult),
  };
}

/** The report's section for the flood. */
export function qrFloodSection(report: QrFloodReport, seconds: number): string {
  const codes = Object.entries(report.qrStatuses)
    .map(([code, count]) => `${code} × ${count}`)
    .join(", ");
  return [
    "## GET /api/qr under a flood",
    "",
    `${FLOOD_CONNECTIONS} connections ask for distinct 1000 px level-H QR codes from new addresses for ${seconds + 1} s, while ${HEALTH_CONNECTIONS} connections measure GET /api/health (PGlite server, no data needed).`,
    "",
    "| GET /api/health | p50 ms | p99 ms |",
    "| --- | ---: | ---: |",
    `| alone | ${report.idle.p50} | ${report.idle.p99} |`,
    `| during the flood | ${report.flooded.p50} | ${report.flooded.p99} |`,
    "",
    `QR responses during the flood: ${codes || "none"}.`,
    "",
  ].join("\n");
}
