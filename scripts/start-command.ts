// `npm start` as the tests and the bench run it: the arguments to node in package.json's "start" script.
import fs from "node:fs";
import path from "node:path";

/**
 * The words after `node` in the "start" script (its V8 flags, then scripts/serve.mjs, the server that stamps
 * each request with its TCP peer), so that every server the tests and the bench start is started as production
 * starts it. Add `-H` and `-p` after them.
 */
export function startArguments(root = process.cwd()): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const [program, ...rest] = (manifest.scripts?.start ?? "").trim().split(/\s+/);
  if (program !== "node" || rest.at(-1) !== "scripts/serve.mjs") {
    throw new Error('package.json\'s "start" must be `node [flags] scripts/serve.mjs`.');
  }
  return rest;
}
