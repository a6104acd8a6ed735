import { SDKValidationError } from "dub/models/errors";
import { describe, expect, it } from "vitest";
import { ANALYTICS_GROUP_BY } from "@/lib/api/schemas/analytics";
import {
  analyticsResponseSchemas,
  GROUP_BY_WITHOUT_SDK_MODEL as WITHOUT_SDK_MODEL,
} from "@/lib/api/schemas/analytics-response";
import { setupTestDatabase } from "@/test/database";
import { dubClient } from "@/test/dub-client";
import { projectWithPlacedClicks } from "./test-fixtures";

setupTestDatabase();

describe("GET /api/analytics through the Dub SDK", () => {
  it("retrieves every grouping the SDK models, with its own response validation", async () => {
    const { secret } = await projectWithPlacedClicks();
    const sdk = dubClient(secret);
    const modelled = ANALYTICS_GROUP_BY.filter(
      (groupBy) => !(WITHOUT_SDK_MODEL as readonly string[]).includes(groupBy),
    );
    for (const groupBy of modelled) {
      const result = await sdk.analytics.retrieve({ groupBy, interval: "7d", qr: false, root: false });
      expect(result, groupBy).toBeDefined();
      if (groupBy !== "count") expect(Array.isArray(result) && result.length > 0, groupBy).toBe(true);
    }
    const scans = await sdk.analytics.retrieve({ groupBy: "triggers", qr: true, continent: "NA" });
    expect(scans).toEqual([{ trigger: "qr", clicks: 1, leads: 0, sales: 0, saleAmount: 0 }]);
  });

  it.each(WITHOUT_SDK_MODEL)(
    "answers %s in Dub's shape, which the SDK 0.73.5 cannot parse",
    async (groupBy) => {
      const { secret } = await projectWithPlacedClicks();
      const failure = await dubClient(secret)
        .analytics.retrieve({ groupBy })
        .catch((error: unknown) => error);
      if (Array.isArray(failure) && failure.length === 0) return; // an empty list parses as any grouping
      expect(failure).toBeInstanceOf(SDKValidationError);
      const raw = (failure as SDKValidationError).rawValue;
      analyticsResponseSchemas[groupBy].parse(typeof raw === "string" ? JSON.parse(raw) : raw);
    },
  );
});
