import { clickDetails, recordClickAfterResponse } from "@/lib/short-links/record-click";
import { findShortLink, type Resolution, requestHost, resolveShortLink } from "@/lib/short-links/resolve";

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
  const details = clickDetails(request.headers);
  const resolution = resolveShortLink(found, { ...details, password: options.password });
  const response = respond(resolution);
  if (resolution.kind === "redirect" && options.record && !details.isBot) {
    recordClickAfterResponse({ projectId: resolution.link.projectId, linkId: resolution.link.id, details });
  }
  return response;
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

function passwordForm(wrong: boolean): string {
  return `<p>This link is password protected.</p>
<form method="post">
<label>Password <input type="password" name="password" autocomplete="off" required autofocus></label>
<button type="submit">Continue</button>
</form>${wrong ? '\n<p role="alert">Incorrect password.</p>' : ""}`;
}

/** A small static page; nothing in it comes from the request or the link. */
function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:20vh auto;padding:0 1rem;color:#333}</style>
</head><body><h1>${title}</h1>
${body}
</body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": NO_STORE },
  });
}
