import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { insertDomain } from "@/test/short-link-fixtures";
import { GET } from "./route";

const qr = (query: Record<string, string>) =>
  GET(new Request(`http://localhost:3000/api/qr?${new URLSearchParams(query)}`));

async function decodePng(response: Response) {
  const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
  return { png, text: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data };
}

setupTestDatabase();

describe("GET /api/qr", () => {
  it("draws a 400px PNG that decodes back to the URL, cacheable for a day", async () => {
    const url = "https://example.com/some/path?query=1&x=ü";
    const response = await qr({ url });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    const { png, text } = await decodePng(response);
    expect(png.width).toBe(400);
    expect(text).toBe(url);
  });

  it("marks a short link of this app (/s/{key} or a project domain) so that its scans are told apart", async () => {
    const { project } = await ownerWithProject();
    const domain = await insertDomain(project.id);
    const cases: [string, string][] = [
      ["http://localhost:3000/s/abc", "http://localhost:3000/s/abc?qr=1"],
      [`https://${domain.slug}/promo?x=1`, `https://${domain.slug}/promo?x=1&qr=1`],
      ["http://localhost:3000/s/abc?qr=1", "http://localhost:3000/s/abc?qr=1"],
      ["http://localhost:3000/dashboard/abc", "http://localhost:3000/dashboard/abc"],
      ["https://elsewhere.example/promo", "https://elsewhere.example/promo"],
    ];
    for (const [url, encoded] of cases) expect((await decodePng(await qr({ url }))).text, url).toBe(encoded);
  });

  it("keeps the cache and ETag per drawn image: the same short link gets the same ETag and a 304", async () => {
    const url = "http://localhost:3000/s/cached";
    const first = await qr({ url });
    const etag = first.headers.get("etag") ?? "";
    const again = await GET(
      new Request(`http://localhost:3000/api/qr?${new URLSearchParams({ url })}`, {
        headers: { "if-none-match": etag },
      }),
    );
    expect(again.status).toBe(304);
    const other = await qr({ url: "http://localhost:3000/s/cached?qr=1" });
    expect(other.headers.get("etag")).toBe(etag);
  });

  it.each(["L", "M", "Q", "H"])("encodes at level %s, at the size asked for", async (level) => {
    const { png, text } = await decodePng(await qr({ url: "http://example.com/", level, size: "250" }));
    expect(png.width).toBe(250);
    expect(text).toBe("http://example.com/");
  });

  it("draws with the colors asked for (3- or 6-digit hex, with or without #)", async () => {
    const { png, text } = await decodePng(
      await qr({ url: "https://example.com/", fgColor: "#1a237e", bgColor: "ffe", size: "200" }),
    );
    expect(text).toBe("https://example.com/");
    expect([...png.data.subarray(0, 3)]).toEqual([0xff, 0xff, 0xee]);
  });

  it("draws an SVG document on request", async () => {
    const response = await qr({ url: "https://example.com/", format: "svg", size: "300" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    const svg = await response.text();
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('width="300"');
    expect(svg.trim().endsWith("</svg>")).toBe(true);
  });

  it("accepts what the Dub SDK sends (margin, includeMargin, logo, hideLogo)", async () => {
    const response = await qr({
      url: "https://example.com/",
      size: "600",
      level: "L",
      fgColor: "#000000",
      bgColor: "#FFFFFF",
      hideLogo: "false",
      margin: "2",
      includeMargin: "true",
      logo: "https://example.com/logo.png",
    });
    expect((await decodePng(response)).text).toBe("https://example.com/");
  });

  it.each([
    [{}, "url"],
    [{ url: "not a url" }, "url"],
    [{ url: "ftp://example.com/file" }, "url"],
    [{ url: "javascript:alert(1)" }, "url"],
    [{ url: `https://example.com/${"a".repeat(2000)}` }, "url"],
    [{ url: `https://example.com/${"a".repeat(1900)}`, level: "H" }, "url"],
    [{ url: "https://example.com/", size: "99" }, "size"],
    [{ url: "https://example.com/", size: "1001" }, "size"],
    [{ url: "https://example.com/", size: "big" }, "size"],
    [{ url: "https://example.com/", level: "X" }, "level"],
    [{ url: "https://example.com/", format: "gif" }, "format"],
    [{ url: "https://example.com/", fgColor: "red" }, "fgColor"],
    [{ url: "https://example.com/", bgColor: "#12345" }, "bgColor"],
  ])("answers 422 naming the field for %j", async (query, field) => {
    const response = await qr(query);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unprocessable_entity");
    expect(body.error.message).toContain(`'${field}'`);
  });
});
