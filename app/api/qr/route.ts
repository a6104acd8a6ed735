import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { clientAddress } from "@/lib/client-address";
import { takeQrRender } from "@/lib/qr/quota";
import { cachedQrImage, renderQrImage } from "@/lib/qr/render";
import { qrCodeTarget } from "@/lib/qr/scan-marker";

/** The same parameters always draw the same image. */
const CACHE = "public, max-age=86400";

// GET /api/qr – a QR code (PNG, or SVG with format=svg) for `url`; public, cached, drawn one at a time
export const GET = apiRoute("GET /api/qr", async ({ request, query: asked }) => {
  // The cache is keyed by what is drawn, so a short link's marked URL and its image stay together.
  const query = { ...asked, url: await qrCodeTarget(asked.url, request.headers) };
  let image = cachedQrImage(query);
  if (!image) {
    const wait = await takeQrRender(clientAddress(request.headers));
    if (wait !== null) {
      throw new ApiError(
        "rate_limit_exceeded",
        "Too many QR codes drawn for this address; try again later.",
        {
          "Retry-After": String(wait),
        },
      );
    }
    const rendered = await renderQrImage(query);
    if (!rendered.ok && rendered.reason === "busy") {
      throw new ApiError("rate_limit_exceeded", "The QR code renderer is busy; try again in a second.", {
        "Retry-After": "1",
      });
    }
    if (!rendered.ok) {
      throw new ApiError(
        "unprocessable_entity",
        `Invalid 'url': too long for a QR code at level ${query.level}; use a shorter URL or a lower level.`,
      );
    }
    image = rendered.image;
  }
  const headers = { "Cache-Control": CACHE, ETag: image.etag };
  if (request.headers.get("if-none-match") === image.etag)
    return new Response(null, { status: 304, headers });
  return new Response(image.body, { headers: { ...headers, "Content-Type": image.type } });
});
