import { describe, expect, it, vi } from "vitest";
import type { Domain, Link } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { insertDomain, insertLink } from "@/test/short-link-fixtures";
import { findShortLink, resolveShortLink, shortLinkUrl, withUtmParameters } from "./resolve";

// Before anything reads the environment: the app's public origin differs from the Host requests arrive with.
vi.hoisted(() => {
  process.env.APP_URL = "https://links.example.test";
});

setupTestDatabase();

const behindProxy = new Headers({ host: "localhost:3000" });
const visitor = { country: null, os: null, password: null };

describe("findShortLink", () => {
  it("finds a default-domain link when the Host is no project domain (a proxy rewrote it)", async () => {
    const { project } = await ownerWithProject();
    const link = await insertLink(project.id, { domain: "links.example.test" });
    const found = await findShortLink({ host: "localhost:3000", key: link.key, headers: behindProxy });
    expect(found.link?.id).toBe(link.id);
  });

  it("does not fall back to the default domain on a project domain", async () => {
    const { project } = await ownerWithProject();
    const domain = await insertDomain(project.id);
    const link = await insertLink(project.id, { domain: "links.example.test" });
    const found = await findShortLink({ host: domain.slug, key: link.key, headers: behindProxy });
    expect(found).toMatchObject({ link: null, domain: { id: domain.id } });
  });
});

describe("shortLinkUrl", () => {
  it.each([
    [{ domain: "links.example.test", key: "abc" }, "https://links.example.test/s/abc"],
    [{ domain: "go.example.com", key: "abc" }, "https://go.example.com/abc"],
    [{ domain: "go.example.com", key: "a b/c" }, "https://go.example.com/a%20b%2Fc"],
  ])("%j → %s", (link, url) => {
    expect(shortLinkUrl(link, behindProxy)).toBe(url);
  });
});

const link = (values: Partial<Link>) => ({ url: "https://example.com/", archived: false, ...values }) as Link;

describe("resolveShortLink", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  const domain = { notFoundUrl: "https://example.com/404", expiredUrl: null } as Domain;

  it.each([
    ["a live link", link({}), null, { kind: "redirect", url: "https://example.com/" }],
    ["no link", null, domain, { kind: "not_found", url: "https://example.com/404" }],
    ["no link on the app domain", null, null, { kind: "not_found", url: null }],
    ["an archived link", link({ archived: true }), null, { kind: "not_found", url: null }],
    ["a later disabledAt", link({ disabledAt: new Date("2026-01-01") }), null, { kind: "redirect" }],
    ["an expired link", link({ expiresAt: now }), null, { kind: "expired", url: null }],
    ["a javascript: URL", link({ url: "javascript:alert(1)" }), null, { kind: "not_found" }],
    ["a password", link({ password: "pw" }), null, { kind: "password", wrong: false }],
    [
      "an IDN URL",
      link({ url: "https://bücher.example/ä?q=é" }),
      null,
      {
        url: "https://xn--bcher-kva.example/%C3%A4?q=%C3%A9",
      },
    ],
  ] as const)("%s", (_, found, foundDomain, expected) => {
    expect(resolveShortLink({ link: found, domain: foundDomain }, visitor, now)).toMatchObject(expected);
  });
});

describe("withUtmParameters", () => {
  it("leaves a URL without utm settings exactly as it is", () => {
    expect(withUtmParameters(link({ url: "https://example.com/a?b=1#c" }))).toBe(
      "https://example.com/a?b=1#c",
    );
  });

  it("adds every utm_* the link sets", () => {
    const url = withUtmParameters(link({ utmMedium: "email", utmTerm: "t", utmContent: "c" }));
    expect(url).toBe("https://example.com/?utm_medium=email&utm_term=t&utm_content=c");
  });
});
