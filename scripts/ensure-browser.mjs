// Before the e2e run: use CHROMIUM_PATH or /usr/bin/chromium when present, else make sure Playwright's own
// Chromium is installed (that download needs the network, so it is the last resort).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const system = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (fs.existsSync(system)) {
  process.exit(0);
}
console.warn(`No Chromium at ${system}; installing Playwright's Chromium.`);
execFileSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
