import type { Metadata } from "next";
import { listApiKeys } from "@/db/queries/api-keys";
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
  const [keys, publishableKey] = await Promise.all([
    listApiKeys({ projectId: project.id }),
    ownsPublishableKey ? getPublishableKey({ projectId: project.id }) : null,
  ]);
  return (
    <div className="grid gap-6">
      {can(role, "keys.manage-any") ? <ProjectLeakedKeysBanner projectId={project.id} /> : null}
      <ApiKeysCard projectSlug={project.slug} currentUserId={user.id} role={role} initialKeys={keys} />
      {ownsPublishableKey ? (
        <PublishableKeySection
          projectSlug={project.slug}
          initialKey={publishableKey && { token: publishableKey.token, createdAt: publishableKey.createdAt }}
        />
      ) : null}
    </div>
  );
}
