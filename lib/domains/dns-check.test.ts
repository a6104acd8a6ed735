import dgram from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServerWithMap } from "@/test/dns-server";
import { lookupTxt } from "./dns-check";

let dns: Awaited<ReturnType<typeof startDnsServerWithMap>>;
beforeAll(async () => {
  dns = await startDnsServerWithMap();
  dns.records.set("_codeqr-verification.go.acme.com", [
    "v=spf1 -all",
    `codeqr-verification=${"a".repeat(300)}`,
  ]);
  dns.records.set("empty.acme.com", []);
  dns.records.set("broken.acme.com", ["SERVFAIL"]);
});
afterAll(() => dns.close());

describe("lookupTxt", () => {
  it("answers every TXT record, a long one joined from its 255-octet strings", async () => {
    expect(await lookupTxt("_codeqr-verification.go.acme.com", { server: dns.address })).toEqual({
      kind: "found",
      values: ["v=spf1 -all", `codeqr-verification=${"a".repeat(300)}`],
    });
  });

  it.each([
    ["a name that does not exist", "missing.acme.com"],
    ["a name without TXT records", "empty.acme.com"],
  ])("answers none for %s", async (_, name) => {
    expect(await lookupTxt(name, { server: dns.address })).toEqual({ kind: "none" });
  });

  it("answers an error, not an absence, when the server fails", async () => {
    expect(await lookupTxt("broken.acme.com", { server: dns.address })).toEqual({
      kind: "error",
      code: "ESERVFAIL",
    });
  });

  it("gives up on a server that never answers, within its timeout", async () => {
    const silent = dgram.createSocket("udp4");
    await new Promise<void>((resolve) => silent.bind(0, "127.0.0.1", resolve));
    try {
      const started = Date.now();
      const answer = await lookupTxt("go.acme.com", {
        server: `127.0.0.1:${silent.address().port}`,
        timeoutMs: 200,
      });
      expect(answer).toEqual({ kind: "error", code: "ETIMEOUT" });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.close();
    }
  });
});
