import "server-only";
import { createHash } from "node:crypto";
import QRCode from "qrcode";
import type { QrQuery } from "@/lib/api/schemas/qr";
import { BoundedMap } from "@/lib/bounded-map";
import { processSingleton } from "@/lib/process-singleton";

/** Rendered images kept per process; the same parameters always draw the same image. */
const MAX_CACHED = 200;
/** Renders waiting for their turn; beyond this the renderer is busy and says so (429) rather than queueing. */
export const MAX_WAITING_RENDERS = 8;

export type QrImage = { body: string | Uint8Array<ArrayBuffer>; type: string; etag: string };
export type Rendered =
  | { ok: true; image: QrImage; cached: boolean }
  | { ok: false; reason: "busy" | "too_big" };

type RendererState = { cache: BoundedMap<string, QrImage>; queue: Promise<unknown>; waiting: number };
const state = () =>
  processSingleton(
    "qr-renderer",
    (): RendererState => ({ cache: new BoundedMap(MAX_CACHED), queue: Promise.resolve(), waiting: 0 }),
  );

/** The cache key of a query: every parameter that changes the image. */
const keyOf = (query: QrQuery) =>
  JSON.stringify([
    query.url,
    query.size,
    query.level,
    query.format,
    query.fgColor,
    query.bgColor,
    query.margin,
    query.includeMargin,
  ]);

/** The cached image for these parameters, if it was drawn before (no rendering, no waiting). */
export function cachedQrImage(query: QrQuery): QrImage | undefined {
  return state().cache.get(keyOf(query));
}

/**
 * Draws the QR code, one render at a time per process: drawing is synchronous CPU work (up to ~200 ms for a large
 * PNG), so renders take turns, yielding to other requests between them, and at most MAX_WAITING_RENDERS wait.
 */
export async function renderQrImage(query: QrQuery): Promise<Rendered> {
  const renderer = state();
  const key = keyOf(query);
  const hit = renderer.cache.get(key);
  if (hit) return { ok: true, image: hit, cached: true };
  if (renderer.waiting >= MAX_WAITING_RENDERS) return { ok: false, reason: "busy" };
  renderer.waiting++;
  const turn = renderer.queue.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  // A render of the same parameters may have finished while this one waited.
  const drawn = turn
    .then((): Promise<Rendered> | Rendered => {
      const done = renderer.cache.get(key);
      return done ? { ok: true, image: done, cached: true } : draw(query);
    })
    .finally(() => renderer.waiting--);
  renderer.queue = drawn.catch(() => undefined);
  const result = await drawn;
  if (result.ok) renderer.cache.set(key, result.image);
  return result;
}

async function draw(query: QrQuery): Promise<Rendered> {
  const options = {
    errorCorrectionLevel: query.level,
    width: query.size,
    margin: query.includeMargin ? query.margin : 0,
    color: { dark: query.fgColor, light: query.bgColor },
  };
  try {
    const body =
      query.format === "svg"
        ? await QRCode.toString(query.url, { ...options, type: "svg" })
        : new Uint8Array(await QRCode.toBuffer(query.url, { ...options, type: "png" }));
    const type = query.format === "svg" ? "image/svg+xml" : "image/png";
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    return { ok: true, image: { body, type, etag }, cached: false };
  } catch (error) {
    // The only input qrcode refuses is more data than the chosen level can hold.
    if (error instanceof Error && /too big/i.test(error.message)) return { ok: false, reason: "too_big" };
    throw error;
  }
}
