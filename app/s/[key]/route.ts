import type { Domain, Link } from "@/db/schema";
import { clientAddress } from "@/lib/client-address";
import { attemptShortLinkPassword } from "@/lib/rate-limit/short-link-password-throttle";
import { clickDetails, clickTrigger, recordClickAfterResponse } from "@/lib/short-links/record-click";
import {
  findShortLink,
  type Resolution,
  requestHost,
  resolveShortLink,
  type Visitor,
} from "@/lib/short-links/resolve";

type Context = { params: Promise<{ key: string }> };

const NO_STORE = "no-store";

// GET /s/{key} – redirect to the link's URL and record the click (also https://{projectDomain}/{key})
export async function GET(request: Request, context: Context) {
  return resolve(request, context, { record: true, password: null });
}

// HEAD /s/{key} – where GET would send the visitor, without recording a click
export async function HEAD(request: Request, context: Context) {
  return resolve(request, context, { record: false, password: null });
}

// POST /s/{key} – the password form of a protected link
export async function POST(request: Request, context: Context) {
  const form = await request.formData().catch(() => null);
  const password = form?.get("password");
  return resolve(request, context, { record: true, password: typeof password === "string" ? password : "" });
}

async function resolve(
  request: Request,
  context: Context,
  options: { record: boolean; password: string | null },
): Promise<Response> {
  const { key } = await context.params;
  const found = await findShortLink({ host: requestHost(request), key, headers: request.headers });
  const details = clickDetails(request.headers, { trigger: clickTrigger(request) });
  const resolution = await checkPassword(found, { ...details, password: options.password }, request.headers);
  if ("retryAfterSeconds" in resolution) {
    const retryAfter = { "Retry-After": String(resolution.retryAfterSeconds) };
    return page(429, "Password required", passwordForm(false, true), retryAfter);
  }
  const response = respond(resolution);
  if (resolution.kind === "redirect" && options.record && !details.isBot) {
    recordClickAfterResponse({ projectId: resolution.link.projectId, linkId: resolution.link.id, details });
  }
  return response;
}

/** A submitted password is compared only within the link's attempt limit for this address. */
async function checkPassword(
  found: { link: Link | null; domain: Domain | null },
  visitor: Visitor,
  headers: Headers,
): Promise<Resolution | { retryAfterSeconds: number }> {
  const { link } = found;
  // Without a password to compare, or on a link that asks none, resolving compares nothing.
  const locked = resolveShortLink(found, { ...visitor, password: null });
  if (visitor.password === null || !link || locked.kind !== "password")
    return resolveShortLink(found, visitor);
  const attempt = await attemptShortLinkPassword(
    { linkId: link.id, address: clientAddress(headers) },
    async () => {
      const resolution = resolveShortLink(found, visitor);
      return resolution.kind === "password" ? null : resolution;
    },
  );
  if (attempt.throttled) return { retryAfterSeconds: attempt.retryAfterSeconds };
  return attempt.value ?? { kind: "password", wrong: true };
}

function respond(resolution: Resolution): Response {
  switch (resolution.kind) {
    case "redirect":
      return redirect(resolution.url, resolution.link.doIndex);
    case "password":
      return page(401, "Password required", passwordForm(resolution.wrong));
    case "expired":
      return resolution.url
        ? redirect(resolution.url, false)
        : page(410, "Link expired", "<p>This link has expired.</p>");
    case "not_found":
      return resolution.url
        ? redirect(resolution.url, false)
        : page(404, "Link not found", "<p>This link does not exist.</p>");
  }
}

function redirect(url: string, doIndex: boolean): Response {
  const headers = new Headers({ Location: url, "Cache-Control": NO_STORE });
  if (!doIndex) headers.set("X-Robots-Tag", "noindex");
  return new Response(null, { status: 302, headers });
}

function passwordForm(wrong: boolean, throttled = false): string {
  const alert = throttled
    ? '\n<p role="alert">Too many password attempts. Wait a minute and try again.</p>'
    : wrong
      ? '\n<p role="alert">Incorrect password.</p>'
      : "";
  return `<p>This link is password protected.</p>
<form method="post">
<label>Password <input type="password" name="password" autocomplete="off" required autofocus></label>
<button type="submit">Continue</button>
</form>${alert}`;
}

/** A small static page; nothing in it comes from the request or the link. */
function page(status: number, title: string, body: string, extra: Record<string, string> = {}): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:20vh auto;padding:0 1rem;color:#333}</style>
</head><body><h1>${title}</h1>
${body}
</body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": NO_STORE, ...extra },
  });
}
