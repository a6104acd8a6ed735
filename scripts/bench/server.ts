// The production server under test: started in its own process group, watched for RSS, stopped by its pid.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { startArguments } from "../start-command";

export type RunningServer = {
  baseUrl: string;
  pid: number;
  /** The highest summed RSS of the server's process group seen so far, in bytes. */
  peakRss: () => number;
  /** The summed RSS of the server's process group now, in bytes. */
  rssNow: () => number;
  /** CPU time (user + system) the server's process group has used so far, in milliseconds. */
  cpuMs: () => number;
  stop: () => Promise<void>;
};

const RSS_SAMPLE_MS = 200;
const STARTUP_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 5_000;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** The fields of /proc/PID/stat after "pid (comm) " (state, ppid, pgrp, …); comm may contain spaces. */
function statFields(pid: string): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

const processGroupOf = (pid: string) => Number(statFields(pid)?.[2] ?? Number.NaN);
const groupMembers = (groupId: number) =>
  fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry) && processGroupOf(entry) === groupId);
const groupRss = (groupId: number) => groupMembers(groupId).reduce((sum, pid) => sum + rssBytes(pid), 0);
/** Clock ticks per second for /proc times: 100 on Linux. */
const TICKS_PER_SECOND = 100;

function groupCpuMs(groupId: number): number {
  const ticks = groupMembers(groupId).reduce((sum, pid) => {
    const fields = statFields(pid);
    // utime and stime are fields 14 and 15 of the whole line, 11 and 12 after "pid (comm) ".
    return sum + Number(fields?.[11] ?? 0) + Number(fields?.[12] ?? 0);
  }, 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

function rssBytes(pid: string): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the group's RSS every 200 ms; the member list is rescanned every 2 s to keep /proc reads cheap. */
function watchRss(groupId: number) {
  let members: string[] = [];
  let peak = 0;
  let tick = 0;
  const sample = () => {
    if (tick++ % 10 === 0) members = groupMembers(groupId);
    peak = Math.max(
      peak,
      members.reduce((sum, pid) => sum + rssBytes(pid), 0),
    );
  };
  sample();
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/** `npm start`'s command (package.json) on a free port with `env`, waiting until GET /api/health answers 200. */
export async function startServer(env: Record<string, string>, logFile: string): Promise<RunningServer> {
  const port = await freePort();
  const log = fs.openSync(logFile, "a");
  const child = spawn(
    process.execPath,
    [
      // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load.
      ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      ...startArguments(),
      "-H",
      "127.0.0.1",
      "-p",
      String(port),
    ],
    { env: { ...process.env, ...env }, stdio: ["ignore", log, log], detached: true },
  );
  fs.closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error("next start did not spawn");
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  // If this script dies mid-run, take the server (started detached, in its own group) with it.
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);
  const rss = watchRss(pid);

  const stop = async () => {
    rss.stop();
    process.off("exit", onExit);
    if (!running) return;
    killGroup("SIGTERM");
    const ended = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!ended) {
      killGroup("SIGKILL");
      await exited;
    }
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline && running) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) {
        return {
          baseUrl,
          pid,
          peakRss: rss.peak,
          rssNow: () => groupRss(pid),
          cpuMs: () => groupCpuMs(pid),
          stop,
        };
      }
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await stop();
  const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
  throw new Error(`next start did not become healthy (log ${logFile}):\n${tail}`);
}
