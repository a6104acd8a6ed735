import { describe, expect, it } from "vitest";
import type { Permission } from "@/lib/api-keys/permissions";
import { keySnippets } from "./first-request";

const ORIGIN = "https://keys.example.com";
const SECRET = "codeqr_abcdefghijklmnopqrstuvwxyz0123";

describe("keySnippets", () => {
  it("teaches the .env line, a curl call and the dub SDK against this server", () => {
    const snippets = keySnippets(ORIGIN, SECRET, ["links.read"]);
    expect(snippets.env).toBe(`CODEQR_API_KEY=${SECRET}`);
    expect(snippets.curl).toBe(`curl ${ORIGIN}/api/links -H "Authorization: Bearer ${SECRET}"`);
    expect(snippets.typescript).toContain('import { Dub } from "dub";');
    expect(snippets.typescript).toContain("token: process.env.CODEQR_API_KEY,");
    expect(snippets.typescript).toContain(`serverURL: "${ORIGIN}/api",`);
    // The SDK snippet reads the key from the environment, never holds it.
    expect(snippets.typescript).not.toContain(SECRET);
  });

  const cases: [string, Permission[] | undefined, string, string][] = [
    ["unknown permissions", undefined, "/api/links", "dub.links.list()"],
    ["links read", ["links.read"], "/api/links", "dub.links.list()"],
    ["links write only", ["links.write"], "/api/links", "dub.links.list()"],
    ["tags only", ["tags.read"], "/api/tags", "dub.tags.list()"],
    ["domains only", ["domains.write"], "/api/domains", "dub.domains.list()"],
    ["analytics only", ["analytics.read"], "/api/analytics", "dub.analytics.retrieve("],
    ["nothing granted", [], "/api/links", "dub.links.list()"],
  ];
  it.each(cases)("with %s calls a route the key may use", (_, scopes, path, sdkCall) => {
    const snippets = keySnippets(ORIGIN, SECRET, scopes);
    expect(snippets.curl).toBe(`curl ${ORIGIN}${path} -H "Authorization: Bearer ${SECRET}"`);
    expect(snippets.typescript).toContain(sdkCall);
  });
});
