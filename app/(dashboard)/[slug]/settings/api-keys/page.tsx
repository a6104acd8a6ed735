import type { Metadata } from "next";
import { getApiKeysOverview, MAX_ACTIVE_KEYS_PER_PROJECT } from "@/db/queries/api-keys";
import { getKeyPolicy } from "@/db/queries/key-policy";
import { getPublishableKey } from "@/db/queries/publishable-keys";
import { can } from "@/lib/authorization";
import { getCurrentProject } from "@/lib/projects/current";
import { ApiKeysCard } from "./_components/api-keys-card";
import { KeyPolicyProvider } from "./_components/key-policy-context";
import { KeyPolicySection } from "./_components/key-policy-section";
import { ProjectLeakedKeysBanner } from "./_components/leaked-keys-banner";
import { PublishableKeySection } from "./_components/publishable-key-section";

export const metadata: Metadata = { title: "API Keys" };

export default async function ApiKeysPage({ params }: PageProps<"/[slug]/settings/api-keys">) {
  const { slug } = await params;
  const { user, project, role } = await getCurrentProject(slug);
  const ownsPublishableKey = can(role, "publishable-key.manage");
  const [overview, publishableKey, keyPolicy] = await Promise.all([
    getApiKeysOverview({ projectId: project.id }),
    ownsPublishableKey ? getPublishableKey({ projectId: project.id }) : null,
    getKeyPolicy({ projectId: project.id }),
  ]);
  return (
    <div className="grid gap-6">
      {can(role, "keys.manage-any") ? <ProjectLeakedKeysBanner projectId={project.id} /> : null}
      <KeyPolicyProvider policy={keyPolicy}>
        <ApiKeysCard
          projectSlug={project.slug}
          currentUserId={user.id}
          role={role}
          initial={overview}
          maxActiveKeys={MAX_ACTIVE_KEYS_PER_PROJECT}
        />
      </KeyPolicyProvider>
      <KeyPolicySection
        projectSlug={project.slug}
        initialPolicy={keyPolicy}
        canEdit={can(role, "key-policy.manage")}
      />
      {ownsPublishableKey ? (
        <PublishableKeySection
          projectSlug={project.slug}
          initialKey={publishableKey && { token: publishableKey.token, createdAt: publishableKey.createdAt }}
        />
      ) : null}
    </div>
  );
}
