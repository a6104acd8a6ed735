import fs from "node:fs";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is single-process: two processes writing one data directory corrupt it. A lock file beside the
 * directory holds the owner's pid; a second process fails at once, and a lock left by a killed process is
 * taken over.
 */
export function lockPgliteDirectory(dataDir: string): void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      process.once("exit", () => fs.rmSync(lockPath, { force: true }));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
    if (owner === process.pid) return;
    if (Number.isInteger(owner) && isAlive(owner)) {
      throw new Error(
        `The embedded database at ${dataDir} is already open in process ${owner}. ` +
          "Only one process can use a PGlite directory: stop that process, or point DATABASE_URL at PostgreSQL to run several.",
      );
    }
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}.`);
}
