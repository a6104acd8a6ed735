import { KeyRound, UserPlus } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button-variants";
import { MAX_ACTIVE_KEYS_PER_PROJECT } from "@/db/queries/api-keys";
import { recordExpiredApiKeys } from "@/db/queries/api-keys/expiry";
import { getKeyPolicy } from "@/db/queries/key-policy";
import { getProjectHome } from "@/db/queries/project-home";
import { can } from "@/lib/authorization";
import { getCurrentProject } from "@/lib/projects/current";
import { ROLE_LABELS } from "@/lib/roles";
import { GettingStarted } from "./_components/getting-started";
import { RecentActivity } from "./_components/recent-activity";
import { StatTiles } from "./_components/stat-tiles";

const RECENT_ACTIVITY_LIMIT = 5;

export default async function ProjectPage({ params }: PageProps<"/[slug]">) {
  const { slug } = await params;
  const { project, role } = await getCurrentProject(slug);
  const seesActivity = can(role, "audit-log.view");
  // Expiry happens by the clock: write it down before showing the newest entries, as the audit log does.
  if (seesActivity) await recordExpiredApiKeys({ projectId: project.id });
  const now = new Date();
  const [home, policy] = await Promise.all([
    getProjectHome({ projectId: project.id, now, activityLimit: seesActivity ? RECENT_ACTIVITY_LIMIT : 0 }),
    getKeyPolicy({ projectId: project.id }),
  ]);
  // The same rules the create action enforces (lib/api-keys/policy.ts): only what the viewer may do is offered.
  const mayCreateKey = can(role, "keys.manage-any") || policy.membersMayCreate;
  const mayInvite = can(role, "members.manage");

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="truncate font-semibold text-2xl" title={project.name}>
            {project.name}
          </h1>
          <p className="truncate text-muted-foreground text-sm">
            /{project.slug} · You are {ROLE_LABELS[role].toLowerCase()}
          </p>
        </div>
        {mayCreateKey || mayInvite ? (
          <div className="flex flex-wrap gap-2">
            {mayCreateKey ? (
              <Link href={`/${project.slug}/settings/api-keys`} className={buttonVariants({ size: "sm" })}>
                <KeyRound aria-hidden />
                Create API key
              </Link>
            ) : null}
            {mayInvite ? (
              <Link
                href={`/${project.slug}/settings/people`}
                className={buttonVariants({ variant: "outline", size: "sm" })}
              >
                <UserPlus aria-hidden />
                Invite people
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
      <GettingStarted checklist={home.checklist} projectSlug={project.slug} />
      <StatTiles home={home} maxActiveKeys={MAX_ACTIVE_KEYS_PER_PROJECT} />
      {home.recentActivity ? (
        <RecentActivity entries={home.recentActivity} projectSlug={project.slug} now={now} />
      ) : null}
    </div>
  );
}
