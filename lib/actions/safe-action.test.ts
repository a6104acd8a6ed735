import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { logger } from "@/lib/logger";
import { ActionError, publicAction } from "./safe-action";

vi.mock("@/lib/session", () => ({ getCurrentUser: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

afterEach(() => vi.restoreAllMocks());

describe("safe-action failures", () => {
  it("logs an unexpected error under a new request id and returns only that id", async () => {
    const error = vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    const action = publicAction("explode", z.object({}), async () => {
      throw new Error('duplicate key value violates "users_email_key" for ada@example.com');
    });

    const result = await action({});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.requestId).toMatch(UUID);
    expect(result.error).toBe(`Something went wrong on the server. (Request ID: ${result.requestId})`);
    expect(JSON.stringify(result)).not.toContain("ada@example.com");
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0]?.[0]).toMatchObject({ action: "explode", requestId: result.requestId });
  });

  it("gives each failure its own id", async () => {
    vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    const action = publicAction("explode", z.object({}), async () => {
      throw new Error("boom");
    });
    const [first, second] = await Promise.all([action({}), action({})]);
    expect(first?.ok || second?.ok).toBe(false);
    expect(!first?.ok && !second?.ok && first.requestId !== second.requestId).toBe(true);
  });

  it("returns a refusal's own message without a request id", async () => {
    const action = publicAction("refuse", z.object({}), async () => {
      throw new ActionError("Only project owners can do this.");
    });
    expect(await action({})).toEqual({
      ok: false,
      error: "Only project owners can do this.",
      fieldErrors: undefined,
    });
  });
});
