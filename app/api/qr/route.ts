import QRCode from "qrcode";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import type { QrQuery } from "@/lib/api/schemas/qr";

/** The same parameters always draw the same image. */
const CACHE = "public, max-age=86400";

// GET /api/qr – a QR code (PNG, or SVG with format=svg) for `url`; public
export const GET = apiRoute("GET /api/qr", async ({ query }) => {
  const image = await draw(query);
  const type = query.format === "svg" ? "image/svg+xml" : "image/png";
  return new Response(image, { headers: { "Content-Type": type, "Cache-Control": CACHE } });
});

async function draw(query: QrQuery): Promise<string | Uint8Array<ArrayBuffer>> {
  const options = {
    errorCorrectionLevel: query.level,
    width: query.size,
    margin: query.includeMargin ? query.margin : 0,
    color: { dark: query.fgColor, light: query.bgColor },
  };
  try {
    if (query.format === "svg") return await QRCode.toString(query.url, { ...options, type: "svg" });
    return new Uint8Array(await QRCode.toBuffer(query.url, { ...options, type: "png" }));
  } catch (error) {
    // The only input qrcode refuses is more data than the chosen level can hold.
    if (error instanceof Error && /too big/i.test(error.message)) {
      throw new ApiError(
        "unprocessable_entity",
        `Invalid 'url': too long for a QR code at level ${query.level}; use a shorter URL or a lower level.`,
      );
    }
    throw error;
  }
}
