import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { PEER_HEADER } from "@/lib/client-address";
import { SHORT_LINK_PASSWORD_ATTEMPTS } from "@/lib/rate-limit/short-link-password-throttle";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { clicksOf, DEFAULT_HOST, insertLink } from "@/test/short-link-fixtures";
import { GET, POST } from "./route";

setupTestDatabase();

function submit(key: string, password: string, address: string) {
  const request = new Request(`http://${DEFAULT_HOST}/s/${encodeURIComponent(key)}`, {
    method: "POST",
    body: new URLSearchParams({ password }),
    // As through a proxy on this host (unit tests trust loopback): the peer, then the address it names.
    headers: {
      host: DEFAULT_HOST,
      [PEER_HEADER]: "127.0.0.1",
      "x-forwarded-for": address,
      "user-agent": "Mozilla/5.0 Chrome/120.0",
    },
  });
  return POST(request, { params: Promise.resolve({ key }) });
}

const newAddress = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

describe("POST /s/{key}: password attempts per link and address", () => {
  it("a burst of wrong passwords gets the limit's worth of checks; the rest, and then the right one, wait", async () => {
    const { project } = await ownerWithProject();
    const link = await insertLink(project.id, { password: "s3cret" });
    const address = newAddress();
    const burst = await Promise.all(
      Array.from({ length: SHORT_LINK_PASSWORD_ATTEMPTS.limit * 3 }, (_, i) =>
        submit(link.key, `no-${i}`, address),
      ),
    );
    const statuses = burst.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(SHORT_LINK_PASSWORD_ATTEMPTS.limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(SHORT_LINK_PASSWORD_ATTEMPTS.limit * 2);

    const right = await submit(link.key, "s3cret", address);
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(right.headers.get("content-type")).toContain("text/html");
    const page = await right.text();
    expect(page).toContain("Too many password attempts. Wait a minute and try again.");
    expect(page).toContain('type="password"');
    expect(page).not.toContain("Incorrect password");
  });

  it("another address, and another link, are not affected", async () => {
    const { project } = await ownerWithProject();
    const link = await insertLink(project.id, { password: "s3cret" });
    const other = await insertLink(project.id, { password: "other" });
    const address = newAddress();
    for (let i = 0; i <= SHORT_LINK_PASSWORD_ATTEMPTS.limit; i++) await submit(link.key, `no-${i}`, address);
    expect((await submit(link.key, "s3cret", address)).status).toBe(429);
    const elsewhere = await submit(link.key, "s3cret", newAddress());
    expect(elsewhere.status).toBe(302);
    expect(elsewhere.headers.get("location")).toBe("https://example.com/");
    expect((await submit(other.key, "other", address)).status).toBe(302);
    await vi.waitFor(async () => expect(await clicksOf(link.id)).toHaveLength(1));
  });

  it("the right password gives its attempt back, and links without a password are never throttled", async () => {
    const { project } = await ownerWithProject();
    const link = await insertLink(project.id, { password: "s3cret" });
    const open = await insertLink(project.id);
    const address = newAddress();
    for (let i = 0; i < SHORT_LINK_PASSWORD_ATTEMPTS.limit * 2; i++) {
      expect((await submit(link.key, "s3cret", address)).status).toBe(302);
      expect((await submit(open.key, "anything", address)).status).toBe(302);
    }
    const request = new Request(`http://${DEFAULT_HOST}/s/${link.key}`, { headers: { host: DEFAULT_HOST } });
    expect((await GET(request, { params: Promise.resolve({ key: link.key }) })).status).toBe(401);
  });
});
