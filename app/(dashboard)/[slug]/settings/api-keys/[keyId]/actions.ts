"use server";

import { getApiKey } from "@/db/queries/api-keys";
import { keyRouteIds, keyUsageSummary } from "@/db/queries/key-activity";
import { keyTopRoutes, keyUsageSeries, listKeyRequests } from "@/db/queries/request-log";
import { ActionError, type ProjectContext, projectAction } from "@/lib/actions/safe-action";
import { keyRequestsSchema, keyUsageSchema } from "./activity-schemas";

/** Members see every key's page; a key of another project (or none) is refused alike. */
async function requireKey(keyId: string, { project }: ProjectContext) {
  const key = await getApiKey({ projectId: project.id, keyId });
  if (!key) throw new ActionError("This API key no longer exists.");
  return { projectId: project.id, keyId: key.id };
}

export const keyUsageAction = projectAction(
  "keyUsage",
  { schema: keyUsageSchema },
  async (input, context) => {
    const ref = await requireKey(input.keyId, context);
    const [series, summary, topRoutes] = await Promise.all([
      keyUsageSeries({ ...ref, range: input.range }),
      keyUsageSummary({ ...ref, range: input.range }),
      keyTopRoutes({ ...ref, range: input.range }),
    ]);
    return { series, summary, topRoutes };
  },
);

export const keyRequestsAction = projectAction(
  "keyRequests",
  { schema: keyRequestsSchema },
  async (input, context) => {
    const ref = await requireKey(input.keyId, context);
    const [page, routes] = await Promise.all([
      listKeyRequests({
        ...ref,
        limit: input.limit,
        before: input.before,
        statusClass: input.statusClass,
        routeId: input.routeId,
      }),
      keyRouteIds(ref),
    ]);
    return { ...page, routes };
  },
);

export type KeyUsage = Extract<Awaited<ReturnType<typeof keyUsageAction>>, { ok: true }>["data"];
export type KeyRequestsPage = Extract<Awaited<ReturnType<typeof keyRequestsAction>>, { ok: true }>["data"];
