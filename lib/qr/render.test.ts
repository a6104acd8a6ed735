import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/qr/route";
import { qrQuerySchema } from "@/lib/api/schemas/qr";
import { setupTestDatabase } from "@/test/database";
import { QR_RENDERS_PER_MINUTE, takeQrRender } from "./quota";
import { cachedQrImage, MAX_WAITING_RENDERS, renderQrImage } from "./render";

const uniqueUrl = () => `https://example.com/${randomBytes(6).toString("hex")}`;
const qr = (url: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost:3000/api/qr?${new URLSearchParams({ url, size: "120" })}`, { headers }));

setupTestDatabase();

describe("QR codes that cannot starve the server", () => {
  it("draws the same parameters once, and answers If-None-Match with 304", async () => {
    const url = uniqueUrl();
    const query = qrQuerySchema.parse({ url, size: "120" });
    expect(cachedQrImage(query)).toBeUndefined();
    const first = await qr(url);
    const etag = first.headers.get("etag");
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^".+"$/);
    expect(cachedQrImage(query)?.etag).toBe(etag);
    const again = await qr(url, { "if-none-match": etag ?? "" });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(await again.text()).toBe("");
  });

  it(`lets at most ${MAX_WAITING_RENDERS} renders wait, and says the rest are refused as busy`, async () => {
    const queries = Array.from({ length: MAX_WAITING_RENDERS + 4 }, () =>
      qrQuerySchema.parse({ url: uniqueUrl(), size: "1000", level: "H" }),
    );
    const results = await Promise.all(queries.map((query) => renderQrImage(query)));
    expect(results.filter((result) => result.ok)).toHaveLength(MAX_WAITING_RENDERS);
    expect(results.filter((result) => !result.ok && result.reason === "busy")).toHaveLength(4);
  });

  it(`draws at most ${QR_RENDERS_PER_MINUTE} fresh codes a minute for one address`, async () => {
    const address = `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
    const waits = [];
    for (let i = 0; i <= QR_RENDERS_PER_MINUTE; i++) waits.push(await takeQrRender(address));
    expect(waits.slice(0, QR_RENDERS_PER_MINUTE).every((wait) => wait === null)).toBe(true);
    expect(waits.at(-1)).toBeGreaterThan(0);
    expect(await takeQrRender(`${address}-other`)).toBeNull();
  });
});
