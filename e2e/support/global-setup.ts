import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createScratchDatabase } from "../../test/postgres-database";
import { E2E_RATE_LIMIT, SERVER_LOG } from "./paths";
import { startServer } from "./server";
import { startE2eDnsServer } from "./test-dns";

/**
 * One production server for the e2e run, on a database of its own: a scratch PostgreSQL database when
 * DATABASE_URL is set, else a fresh PGlite directory. DATA_DIR is fresh too, so the server generates its
 * AUTH_SECRET as a newcomer's would.
 */
export default async function globalSetup() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "codeqr-e2e-"));
  const adminUrl = process.env.DATABASE_URL;
  const scratch = adminUrl?.startsWith("postgres") ? await createScratchDatabase(adminUrl, "e2e") : null;
  for (const name of fs.existsSync(path.dirname(SERVER_LOG))
    ? fs.readdirSync(path.dirname(SERVER_LOG))
    : []) {
    if (/^server.*\.log$/.test(name)) fs.rmSync(path.join(path.dirname(SERVER_LOG), name), { force: true });
  }
  // Domain verification asks this DNS server, whose records the tests publish (e2e/support/test-dns.ts).
  const dns = await startE2eDnsServer(path.join(work, "dns-records.json"));
  // GitHub's secret scanning signing key, for this run only: the server trusts its public half, tests sign with the other.
  const github = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const githubKeys = path.join(work, "secret-scanning-keys.json");
  const githubKey = { key_identifier: "e2e-github", is_current: true };
  const publicPem = github.publicKey.export({ type: "spki", format: "pem" }).toString();
  fs.writeFileSync(githubKeys, JSON.stringify({ public_keys: [{ ...githubKey, key: publicPem }] }));
  process.env.E2E_SECRET_SCANNING_PRIVATE_KEY = path.join(work, "secret-scanning-private.pem");
  fs.writeFileSync(
    process.env.E2E_SECRET_SCANNING_PRIVATE_KEY,
    github.privateKey.export({ type: "pkcs8", format: "pem" }),
  );
  const env = {
    SECRET_SCANNING_KEYS_URL: `file:${githubKeys}`,
    DATABASE_URL: scratch?.url ?? `file:${path.join(work, "pglite")}`,
    DATA_DIR: work,
    NODE_ENV: "production",
    RATE_LIMIT_PER_MINUTE: String(E2E_RATE_LIMIT),
    // The tests stand in for a proxy on this host: X-Forwarded-For gives each test an address of its own.
    TRUST_PROXY: "loopback",
    // Rate-limit counters in a shared Redis outlive a run: each run counts in its own namespace.
    REDIS_KEY_PREFIX: `e2e-${path.basename(work)}:`,
    DNS_SERVER: dns.address,
  };
  const server = await startServer({ port: Number(process.env.E2E_PORT), logFile: SERVER_LOG, env });
  // Tests that start a second instance of the app use the same database and secret.
  process.env.E2E_SERVER_ENV = JSON.stringify(env);
  return async () => {
    await server.stop();
    await dns.close();
    await scratch?.drop();
    fs.rmSync(work, { recursive: true, force: true });
  };
}
