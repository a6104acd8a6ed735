import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listPendingInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { can } from "@/lib/authorization";
import { env } from "@/lib/env";
import { getCurrentProject } from "@/lib/projects/current";
import { InvitationsTable } from "./_components/invitations-table";
import { InviteForm } from "./_components/invite-form";
import { MembersTable } from "./_components/members-table";
import { SeatSummary } from "./_components/seat-summary";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ params }: PageProps<"/[slug]/settings/people">) {
  const { slug } = await params;
  const { user, project, role } = await getCurrentProject(slug);
  const [members, invitations] = await Promise.all([
    listMembers({ projectId: project.id }),
    listPendingInvitations({ projectId: project.id }),
  ]);
  const canManage = can(role, "members.manage");
  const seatLimit = env().PROJECT_SEAT_LIMIT;
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>People</CardTitle>
          <CardDescription>
            <SeatSummary
              slug={project.slug}
              seatLimit={seatLimit}
              initialMembers={members}
              initialInvitations={invitations}
            />
          </CardDescription>
        </CardHeader>
        <CardContent>
          <MembersTable
            slug={project.slug}
            projectName={project.name}
            currentUserId={user.id}
            canManage={canManage}
            initialMembers={members}
          />
        </CardContent>
      </Card>
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle>Invite</CardTitle>
            <CardDescription>
              Invite someone by email. You get a link to send them; no email is sent.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <InviteForm slug={project.slug} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Pending invitations</CardTitle>
          <CardDescription>
            {canManage
              ? "Each pending invitation takes a seat until it is accepted, revoked or expires."
              : "Only owners can invite people, change roles and remove members."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <InvitationsTable slug={project.slug} canManage={canManage} initialInvitations={invitations} />
        </CardContent>
      </Card>
    </div>
  );
}
