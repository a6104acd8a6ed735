import type { Metadata } from "next";
import { getApiKeysOverview } from "@/db/queries/api-keys";
import { getPublishableKey } from "@/db/queries/publishable-keys";
import { can } from "@/lib/authorization";
import { getCurrentProject } from "@/lib/projects/current";
import { ApiKeysCard } from "./_components/api-keys-card";
import { ProjectLeakedKeysBanner } from "./_components/leaked-keys-banner";
import { PublishableKeySection } from "./_components/publishable-key-section";

export const metadata: Metadata = { title: "API Keys" };

export default async function ApiKeysPage({ params }: PageProps<"/[slug]/settings/api-keys">) {
  const { slug } = await params;
  const { user, project, role } = await getCurrentProject(slug);
  const ownsPublishableKey = can(role, "publishable-key.manage");
  const [overview, publishableKey] = await Promise.all([
    getApiKeysOverview({ projectId: project.id }),
    ownsPublishableKey ? getPublishableKey({ projectId: project.id }) : null,
  ]);
  return (
    <div className="grid gap-6">
      {can(role, "keys.manage-any") ? <ProjectLeakedKeysBanner projectId={project.id} /> : null}
      <ApiKeysCard projectSlug={project.slug} currentUserId={user.id} role={role} initial={overview} />
      {ownsPublishableKey ? (
        <PublishableKeySection
          projectSlug={project.slug}
          initialKey={publishableKey && { token: publishableKey.token, createdAt: publishableKey.createdAt }}
        />
      ) : null}
    </div>
  );
}
