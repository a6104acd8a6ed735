import { describe, expect, it } from "vitest";
import { failureFromThrown, OFFLINE_MESSAGE, serverFailureMessage } from "./failure";

describe("failureFromThrown", () => {
  it.each([
    ["Chromium's fetch failure", new TypeError("Failed to fetch")],
    ["Firefox's fetch failure", new TypeError("NetworkError when attempting to fetch resource.")],
    ["Safari's fetch failure", new TypeError("Load failed")],
  ])("tells a lost connection from %s", (_name, error) => {
    expect(failureFromThrown(error)).toEqual({ ok: false, error: OFFLINE_MESSAGE });
  });

  it("reports a server failure with the digest Next logged it under", () => {
    const error = Object.assign(new Error("An error occurred in the Server Components render."), {
      digest: "2716403578",
    });
    expect(failureFromThrown(error)).toEqual({
      ok: false,
      error: "Something went wrong on the server. (Request ID: 2716403578)",
      requestId: "2716403578",
    });
  });

  it("reports an unexpected response as a server failure, not as a lost connection", () => {
    const failure = failureFromThrown(new Error("An unexpected response was received from the server."));
    expect(failure.error).toBe(serverFailureMessage());
    expect(failure.error).not.toBe(OFFLINE_MESSAGE);
  });
});
