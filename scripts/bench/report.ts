// Markdown for the benchmark's figures: one table per database, the scale check, the microbenchmark, RSS.

import { type BenchCase, type CaseResult, roundRatio } from "./load";
import type { MicroResult } from "./micro";
import type { QueryPlan } from "./query-plans";
import type { SustainedReport } from "./sustained";

export type DatabaseReport = {
  name: "PGlite" | "PostgreSQL";
  setup: string;
  cases: BenchCase[];
  results: Map<string, CaseResult>;
  problems: string[];
  scale: { large: CaseResult; small: CaseResult; largeKeys: number; smallKeys: number } | null;
  peakRssBytes: number;
  plans: QueryPlan[];
  /** userinfo on a server recording requests and on one with API_REQUEST_LOG=off, loaded at the same time. */
  recording: { on: CaseResult; off: CaseResult } | null;
  sustained: SustainedReport | null;
};

const MAX_RSS_BYTES = 300_000_000;
const SCALE_TOLERANCE = 0.1;
const MAX_HIT_TO_SHA = 3;
/** Recording on must keep this share of the same server's throughput with recording off. */
const MIN_RECORDING_RATIO = 0.95;
const MAX_SUSTAINED_GROWTH_BYTES = 20_000_000;

export const number = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

/** A Markdown table; the columns listed in `numeric` are right-aligned. */
export function markdownTable(header: string[], rows: string[][], numeric: number[]): string {
  const align = header.map((_, i) => (numeric.includes(i) ? "---:" : "---"));
  return [header, align, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function statuses(result: CaseResult): string {
  return Object.entries(result.statuses)
    .map(([status, count]) => `${status} × ${number(count)}`)
    .join(", ");
}

/** The database's section; every target verdict is also appended to `summary`. */
export function databaseSection(report: DatabaseReport, summary: string[]): string {
  const health = report.results.get("health");
  const rows = report.cases.map((benchCase) => {
    const result = report.results.get(benchCase.id);
    if (!result || !health) return [benchCase.label, "—", "—", "—", "—", "—", "—", "—", "—", "—"];
    const ratio = roundRatio(result, health);
    let target = benchCase.recording === "off" ? "(on ÷ off below)" : "baseline";
    let outcome = "—";
    if (benchCase.minRatio !== undefined) {
      target = `≥ ${benchCase.minRatio} × health`;
      outcome = verdict(ratio >= benchCase.minRatio);
      summary.push(`${report.name}: ${benchCase.label} ${target}: ${outcome}`);
    }
    return [
      benchCase.label,
      number(result.reqPerSec),
      number(result.p50, 1),
      number(result.p99, 1),
      number(result.cpuMicros),
      number(ratio, 2),
      target,
      outcome,
      result.rounds.map((value) => number(value)).join(" / "),
      statuses(result),
    ];
  });
  const lines = [
    `## ${report.name}`,
    "",
    report.setup,
    "",
    markdownTable(
      [
        "case",
        "req/s",
        "p50 ms",
        "p99 ms",
        "server CPU µs/resp.",
        "× health",
        "target",
        "result",
        "rounds (req/s)",
        "responses",
      ],
      rows,
      [1, 2, 3, 4, 5],
    ),
    "",
  ];
  for (const problem of report.problems) lines.push(`- Preflight: ${problem}`);
  lines.push(...recordingLines(report, summary), ...sustainedLines(report, summary));
  if (report.scale) {
    const { large, small, largeKeys, smallKeys } = report.scale;
    const ratio = roundRatio(large, small);
    const ok = Math.abs(ratio - 1) <= SCALE_TOLERANCE;
    const label = `${number(largeKeys)} vs ${number(smallKeys)} keys`;
    summary.push(`${report.name}: verification time, ${label} within ±10 %: ${verdict(ok)}`);
    const row = (keys: number, result: CaseResult) => [
      number(keys),
      number(result.reqPerSec),
      number(result.p50, 1),
      number(result.p99, 1),
      number(result.cpuMicros),
      result.rounds.map((value) => number(value)).join(" / "),
    ];
    lines.push(
      `Scale check: GET /api/oauth/userinfo with a valid key on two servers loaded at the same time (half the ` +
        `connections each), one on the database above (${number(largeKeys)} keys), one on a second database ` +
        `holding ${number(smallKeys)} keys, so that every round's two figures come from the same machine conditions. ` +
        "It runs before the other cases, while both servers have served nothing else.",
      "",
      markdownTable(
        ["keys in the database", "req/s", "p50 ms", "p99 ms", "server CPU µs/resp.", "rounds (req/s)"],
        [row(largeKeys, large), row(smallKeys, small)],
        [0, 1, 2, 3, 4],
      ),
      "",
      `req/s ${label} (median of the rounds' ratios): ${number(ratio, 3)}, target within ±10 %: **${verdict(ok)}**`,
      "",
    );
  }
  const rssOk = report.peakRssBytes > 0 && report.peakRssBytes < MAX_RSS_BYTES;
  summary.push(`${report.name}: peak RSS < 300 MB: ${verdict(rssOk)}`);
  lines.push(
    `Peak RSS of the server that ran every case (its process group, sampled every 200 ms): ${number(report.peakRssBytes / 1e6, 1)} MB, target < 300 MB: **${verdict(rssOk)}**`,
    "",
  );
  for (const plan of report.plans) {
    summary.push(
      `${report.name}: EXPLAIN ${plan.title.split(":")[0]} uses its index: ${verdict(plan.usesIndex)}`,
    );
    lines.push(`EXPLAIN, ${plan.title}:`, "", "```", plan.plan, "```", "");
    lines.push(`Index use: **${verdict(plan.usesIndex)}**, ${plan.verdict}.`, "");
  }
  return lines.join("\n");
}

export function microSection(micro: MicroResult, summary: string[]): string {
  const ratio = micro.hitNs / micro.shaNs;
  const ok = ratio <= MAX_HIT_TO_SHA;
  summary.push(`verify on a cache hit ≤ 3 × one SHA-256: ${verdict(ok)}`);
  const allowlistRatio = micro.allowlistNs === undefined ? null : micro.allowlistNs / micro.shaNs;
  const allowlistOk = allowlistRatio !== null && allowlistRatio <= MAX_HIT_TO_SHA;
  if (allowlistRatio !== null) {
    summary.push(`verify on a cache hit with an IP allowlist ≤ 3 × one SHA-256: ${verdict(allowlistOk)}`);
  }
  return [
    "## Verification on a cache hit (in process)",
    "",
    markdownTable(
      ["operation", "ns/op", "× SHA-256", "target", "result"],
      [
        ["hashApiKey(key): one SHA-256", number(micro.shaNs), "1.00", "", ""],
        [micro.hitLabel, number(micro.hitNs), number(ratio, 2), "≤ 3", verdict(ok)],
        ...(micro.allowlistNs === undefined || allowlistRatio === null
          ? []
          : [
              [
                "the same with a 3-range IP allowlist, address allowed",
                number(micro.allowlistNs),
                number(allowlistRatio, 2),
                "≤ 3",
                verdict(allowlistOk),
              ],
            ]),
      ],
      [1, 2],
    ),
    "",
    micro.note,
    "",
    "Its steps, timed one by one in this process:",
    "",
    markdownTable(
      ["step", "ns/op"],
      micro.parts.map((part) => [part.label, number(part.ns)]),
      [1],
    ),
    "",
  ].join("\n");
}

/** Recording on against off: userinfo on two servers of the same data, loaded at the same time. */
function recordingLines(report: DatabaseReport, summary: string[]): string[] {
  if (!report.recording) return [];
  const { on, off } = report.recording;
  const ratio = roundRatio(on, off);
  const ok = ratio >= MIN_RECORDING_RATIO;
  summary.push(
    `${report.name}: userinfo, recording on ≥ ${MIN_RECORDING_RATIO} × recording off: ${verdict(ok)}`,
  );
  const row = (label: string, result: CaseResult) => [
    label,
    number(result.reqPerSec),
    number(result.p50, 1),
    number(result.p99, 1),
    number(result.cpuMicros),
    result.rounds.map((value) => number(value)).join(" / "),
  ];
  return [
    "Request recording: GET /api/oauth/userinfo with a valid key on the server above (API_REQUEST_LOG=on, the " +
      "default) and on a second server of the same data started with API_REQUEST_LOG=off, both loaded at the " +
      "same time (half the connections each, after a joint warm-up) so that every round's two figures come " +
      "from the same machine conditions; the table above has both against GET /api/health, alternating.",
    "",
    markdownTable(
      ["recording", "req/s", "p50 ms", "p99 ms", "server CPU µs/resp.", "rounds (req/s)"],
      [row("on", on), row("off", off)],
      [1, 2, 3, 4],
    ),
    "",
    `req/s recording on ÷ off (median of the rounds' ratios): ${number(ratio, 3)}, target ≥ ${MIN_RECORDING_RATIO}: **${verdict(ok)}**`,
    "",
  ];
}

/** RSS early and late in a long run with recording on: the buffer and the database must not grow the server. */
function sustainedLines(report: DatabaseReport, summary: string[]): string[] {
  const { sustained } = report;
  if (!sustained) return [];
  const [early, late] = sustained.checkpoints;
  if (!early || !late) return [`Sustained load: no RSS reading (${sustained.checkpoints.length} taken).`, ""];
  const growth = late.rssBytes - early.rssBytes;
  const ok = growth <= MAX_SUSTAINED_GROWTH_BYTES;
  summary.push(`${report.name}: RSS growth under sustained load with recording on ≤ 20 MB: ${verdict(ok)}`);
  const mb = (bytes: number) => `${number(bytes / 1e6, 1)} MB`;
  const statusText = Object.entries(sustained.statuses)
    .map(([status, count]) => `${status} × ${number(count)}`)
    .join(", ");
  return [
    `Sustained load with recording on: ${sustained.label}, ${sustained.connections} connections for ` +
      `${late.seconds} s without a pause on the server that ran the cases above (${number(sustained.reqPerSec)} req/s; ${statusText}). ` +
      `RSS of its process group after ${early.seconds} s: ${mb(early.rssBytes)}, after ${late.seconds} s: ` +
      `${mb(late.rssBytes)}, growth ${mb(growth)}; target ≤ 20 MB: **${verdict(ok)}**`,
    "",
  ];
}
