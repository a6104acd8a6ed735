import { ChevronLeftIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getApiKey } from "@/db/queries/api-keys";
import { getApiKeyCreator } from "@/db/queries/api-keys/created-by";
import { listAuditLogForTarget } from "@/db/queries/audit-log";
import { keyLastRequest, keyRouteIds, keyUsageSummary } from "@/db/queries/key-activity";
import { getKeyPolicy } from "@/db/queries/key-policy";
import { keyTopRoutes, keyUsageSeries, listKeyRequests } from "@/db/queries/request-log";
import { can, canManageKey } from "@/lib/authorization";
import { getCurrentProject } from "@/lib/projects/current";
import { KeyPolicyProvider } from "../_components/key-policy-context";
import { ProjectLeakedKeysBanner } from "../_components/leaked-keys-banner";
import { KeyDetailsCard } from "./_components/key-details-card";
import { KeyHistoryCard } from "./_components/key-history-card";
import { RecentRequestsCard } from "./_components/recent-requests-card";
import { UsageCard } from "./_components/usage-card";
import { REQUESTS_PAGE_SIZE } from "./activity-schemas";

export const metadata: Metadata = { title: "API key" };

export default async function ApiKeyPage({ params }: PageProps<"/[slug]/settings/api-keys/[keyId]">) {
  const { slug, keyId } = await params;
  const { user, project, role } = await getCurrentProject(slug);
  const apiKey = await getApiKey({ projectId: project.id, keyId });
  if (!apiKey) notFound();
  const ref = { projectId: project.id, keyId: apiKey.id };
  const manageable = canManageKey({
    role,
    actorUserId: user.id,
    keyOwnerUserId: apiKey.owner.id,
    keyOwnerIsMachine: apiKey.owner.isMachine,
  });
  const [creator, lastRequest, series, summary, topRoutes, requests, routes, history, keyPolicy] =
    await Promise.all([
      getApiKeyCreator(ref),
      keyLastRequest(ref),
      keyUsageSeries({ ...ref, range: "24h" }),
      keyUsageSummary({ ...ref, range: "24h" }),
      keyTopRoutes({ ...ref, range: "24h" }),
      listKeyRequests({ ...ref, limit: REQUESTS_PAGE_SIZE }),
      keyRouteIds(ref),
      // Its history carries actors' addresses: shown to whoever may manage the key (SPEC §3's own-key rule).
      manageable ? listAuditLogForTarget({ projectId: project.id, targetId: apiKey.id }) : null,
      getKeyPolicy({ projectId: project.id }),
    ]);
  const pageRef = { projectSlug: project.slug, keyId: apiKey.id };

  return (
    // A column of flex items, not a grid: a card's wide table must scroll inside it, not widen the page.
    <div className="flex min-w-0 flex-col gap-6">
      <div className="grid gap-2">
        <Link
          href={`/${project.slug}/settings/api-keys`}
          className="inline-flex w-fit items-center gap-1 text-muted-foreground text-sm hover:text-foreground"
        >
          <ChevronLeftIcon aria-hidden className="size-4" />
          API keys
        </Link>
        <h2 className="font-semibold text-2xl wrap-anywhere">{apiKey.name}</h2>
      </div>
      {can(role, "keys.manage-any") ? (
        <ProjectLeakedKeysBanner projectId={project.id} keyId={apiKey.id} />
      ) : null}
      <KeyPolicyProvider policy={keyPolicy}>
        <KeyDetailsCard
          projectSlug={project.slug}
          apiKey={apiKey}
          role={role}
          currentUserId={user.id}
          manageable={manageable}
          creator={creator}
          lastRequest={lastRequest}
        />
      </KeyPolicyProvider>
      <UsageCard pageRef={pageRef} initial={{ series, summary, topRoutes }} />
      <RecentRequestsCard pageRef={pageRef} initial={{ ...requests, routes }} />
      <KeyHistoryCard entries={history} />
    </div>
  );
}
