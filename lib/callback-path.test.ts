import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginRedirect } from "./callback-path";

const ORIGIN = "https://keys.example.com";

/** Where a browser ends up following `path` as a Location from the app (it strips tabs and newlines first). */
function followed(path: string): URL {
  return new URL(path.replace(/[\t\n\r]/g, ""), ORIGIN);
}

describe("safeCallbackPath refuses every way off the app's origin", () => {
  it.each([
    ["the reported one: /<TAB>/host", "/\t/evil.example/"],
    ["tab after the first slash", "/\t/evil.example"],
    ["tab before the first slash", "\t//evil.example"],
    ["newline between slashes", "/\n/evil.example"],
    ["carriage return between slashes", "/\r/evil.example"],
    ["CR LF between slashes", "/\r\n/evil.example"],
    ["NUL", "/\u0000/evil.example"],
    ["other C0 control", "/\u001b/evil.example"],
    ["DEL", "/\u007f/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/acme"],
    ["three slashes", "///evil.example"],
    ["four slashes", "////evil.example"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["backslash in the path", "/acme\\..\\\\evil.example"],
    ["encoded slash", "/%2F/evil.example"],
    ["encoded slash, lower case", "/%2f/evil.example"],
    ["two encoded slashes", "/%2F%2Fevil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["encoded backslash, lower case", "/%5cevil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["encoded newline", "/%0a/evil.example"],
    ["dot segment before //", "/.//evil.example"],
    ["dot-dot segment before //", "/..//evil.example"],
    ["encoded dot-dot before //", "/%2e%2e//evil.example"],
    ["a path that climbs to //", "/acme/..//evil.example"],
    ["absolute https", "https://evil.example"],
    ["absolute http", "http://evil.example/acme"],
    ["scheme without slashes", "https:evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["javascript: with a comment", "javascript://%0aalert(1)"],
    ["JavaScript: mixed case", "JaVaScRiPt:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["a leading space", " //evil.example"],
    ["no leading slash", "evil.example"],
    ["user info", "@evil.example"],
    ["fullwidth solidus lookalikes", "\uff0f\uff0fevil.example"],
    ["division slash lookalikes", "\u2215\u2215evil.example"],
    ["very long", `/${"a".repeat(5_000)}`],
    ["empty", ""],
  ])("%s", (_, hostile) => {
    const result = safeCallbackPath(hostile);
    expect(result).toBe("/");
    expect(followed(result).origin).toBe(ORIGIN);
  });

  it.each([
    "/\u3002/evil.example",
    "/\uff0f\uff0fevil.example",
    "/\u2215\u2215evil.example",
    "/acme/\u0435vil",
    "/@evil.example",
    "/evil.example",
    "/javascript:alert(1)",
  ])("keeps the lookalike or scheme-looking path %j on the origin", (value) => {
    expect(followed(safeCallbackPath(value)).origin).toBe(ORIGIN);
  });
});

describe("safeCallbackPath keeps same-origin paths", () => {
  it.each([
    ["/acme/settings/api-keys?x=1#y", "/acme/settings/api-keys?x=1#y"],
    ["/acme/settings", "/acme/settings"],
    ["/invite/abc_DEF-123?x=1", "/invite/abc_DEF-123?x=1"],
    ["/", "/"],
    ["/acme?next=%2Fother%2Fpage", "/acme?next=%2Fother%2Fpage"],
    ["/acme/./settings", "/acme/settings"],
    ["/acme/ä", "/acme/%C3%A4"],
  ])("%j → %j", (value, expected) => {
    const result = safeCallbackPath(value);
    expect(result).toBe(expected);
    expect(followed(result).origin).toBe(ORIGIN);
  });
});

describe("sameOriginRedirect (Auth.js's redirect callback)", () => {
  const baseUrl = ORIGIN;
  it.each([
    ["/\t/evil.example/", `${ORIGIN}/`],
    ["/\n/evil.example/", `${ORIGIN}/`],
    ["//evil.example", `${ORIGIN}/`],
    ["https://evil.example/acme", `${ORIGIN}/`],
    [`${ORIGIN}.evil.example/acme`, `${ORIGIN}/`],
    [`${ORIGIN}@evil.example/acme`, `${ORIGIN}/`],
    [`${ORIGIN}//evil.example`, `${ORIGIN}/`],
    [`${ORIGIN}/\t/evil.example`, `${ORIGIN}/`],
    ["javascript:alert(1)", `${ORIGIN}/`],
    ["not a url", `${ORIGIN}/`],
    ["/acme/settings?x=1#y", `${ORIGIN}/acme/settings?x=1#y`],
    [`${ORIGIN}/acme/settings?x=1`, `${ORIGIN}/acme/settings?x=1`],
    ["/login?callbackUrl=%2Finvite%2Fabc", `${ORIGIN}/login?callbackUrl=%2Finvite%2Fabc`],
  ])("%j → %j", (url, expected) => {
    expect(sameOriginRedirect({ url, baseUrl })).toBe(expected);
  });
});
