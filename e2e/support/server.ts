import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startArguments } from "../../scripts/start-command";

export type RunningServer = {
  pid: number;
  baseUrl: string;
  logFile: string;
  stop: () => Promise<void>;
  /** Ends the group with SIGKILL, as a crash would: no shutdown hooks run. */
  kill: () => Promise<void>;
};

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${baseUrl} was not ready within ${timeoutMs} ms`);
}

/**
 * Starts the production build as `npm start` does (scripts/serve.mjs) on 127.0.0.1 in its own process group,
 * logging to `logFile`.
 * `stop` ends exactly that group, by the pid this function started.
 */
export async function startServer(options: {
  port: number;
  env: Record<string, string>;
  logFile: string;
}): Promise<RunningServer> {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "a");
  const args = [...startArguments(), "-H", "127.0.0.1", "-p", String(options.port)];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start next");
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-pid, "SIGTERM");
      const killed = setTimeout(() => process.kill(-pid, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(killed);
    }
    fs.closeSync(log);
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-pid, "SIGKILL");
      await exited;
    }
    fs.closeSync(log);
  };
  try {
    await waitForHealth(baseUrl, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid, baseUrl, logFile: options.logFile, stop, kill };
}
