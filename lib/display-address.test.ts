import { describe, expect, it } from "vitest";
import { displayAddress } from "./display-address";

describe("displayAddress", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:203.0.113.7", "203.0.113.7"],
    ["203.0.113.7", "203.0.113.7"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["::1", "::1"],
    ["unknown", "unknown"],
  ])("shows %s as %s", (input, shown) => {
    expect(displayAddress(input)).toBe(shown);
  });

  it("keeps a missing address missing", () => {
    expect(displayAddress(null)).toBeNull();
    expect(displayAddress("")).toBeNull();
  });
});
