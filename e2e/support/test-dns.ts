import fs from "node:fs";
import { startDnsServer, type TestDnsServer } from "../../test/dns-server";

/** Where the run's DNS records live: a JSON object of name → TXT values, which the tests write. */
const recordsFile = () => {
  const file = process.env.E2E_DNS_RECORDS;
  if (!file) throw new Error("E2E_DNS_RECORDS is set by e2e/support/global-setup.ts");
  return file;
};

function readRecords(file: string): Record<string, string[]> {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string[]>) : {};
}

/**
 * The run's DNS server (the e2e server's DNS_SERVER): it answers from the records file at each question, so a
 * record a test publishes is visible at once.
 */
export async function startE2eDnsServer(file: string): Promise<TestDnsServer> {
  fs.writeFileSync(file, "{}");
  process.env.E2E_DNS_RECORDS = file;
  return startDnsServer((name) => readRecords(file)[name]);
}

/** Creates the TXT record `name` = `value` in the run's DNS (beside any the name already has). */
export function publishTxtRecord({ name, value }: { name: string; value: string }): void {
  const file = recordsFile();
  const records = readRecords(file);
  const key = name.toLowerCase();
  records[key] = [...(records[key] ?? []), value];
  fs.writeFileSync(file, JSON.stringify(records));
}
