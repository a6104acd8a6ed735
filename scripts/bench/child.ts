// Runs a bench helper that imports the app's server modules (they import "server-only") in a process of its own.
import { spawn } from "node:child_process";

/**
 * `node --conditions=react-server --import tsx <script>` with `env` added; resolves with the JSON object the
 * script prints as its last line of output.
 */
export function runServerScript<T>(script: string, env: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("{")) return resolve(JSON.parse(last) as T);
      reject(
        new Error(`${script} exited ${code}: ${(stderr || stdout).trim().split("\n").slice(-3).join(" / ")}`),
      );
    });
  });
}
