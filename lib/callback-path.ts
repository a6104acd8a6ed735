// Only the origin matters: a callback is resolved against it and must come out on it.
const ORIGIN = "http://app.invalid";
const MAX_LENGTH = 2_048;

// Browsers drop tabs and newlines anywhere in a URL and read `\` as `/`, so `/<TAB>/evil` and `/\evil` are
// protocol-relative by the time they are followed.
function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}
// Encoded slashes, backslashes and control characters in the path turn into the above wherever one hop
// decodes them before another reads them (`/%2F/evil`, `/%5Cevil`, `/%09/evil`).
const UNSAFE_ENCODED = /%(?:2f|5c|[01][0-9a-f]|7f)/i;

/**
 * A same-origin path (with its query and fragment) to send the user to after signing in or up, or `/`.
 * The value must be a path; parsed against the app's origin it must stay there, and what is returned is that
 * parsed, re-serialised path, which no browser reads as another host (`//evil`, `/.//evil`, `javascript:`).
 */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value || value.length > MAX_LENGTH || !value.startsWith("/")) return "/";
  if (hasUnsafeCharacter(value)) return "/";
  const path = value.split(/[?#]/, 1)[0] ?? "";
  if (path.startsWith("//") || UNSAFE_ENCODED.test(path)) return "/";
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== ORIGIN) return "/";
  const result = `${url.pathname}${url.search}${url.hash}`;
  return result.startsWith("/") && !result.startsWith("//") ? result : "/";
}

/**
 * Auth.js's `redirect` callback (after signing in or out, on the REST endpoints too): the same rule, so the
 * browser is only ever sent to a path on `baseUrl`, the app's origin. An absolute URL on that origin keeps
 * its path; any other URL goes to `/`.
 */
export function sameOriginRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let path = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      path =
        parsed.origin === new URL(baseUrl).origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : "/";
    } catch {
      path = "/";
    }
  }
  return `${new URL(baseUrl).origin}${safeCallbackPath(path)}`;
}
