import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./validation";

describe("safeCallbackPath", () => {
  it.each([
    ["/acme/settings", "/acme/settings"],
    ["/invite/abc?x=1", "/invite/abc?x=1"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("%j → %j", (input, output) => expect(safeCallbackPath(input)).toBe(output));
});
