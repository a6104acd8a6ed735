import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
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
