"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  createInvitation,
  listPendingInvitations,
  regenerateInvitationLink,
  revokeInvitation,
} from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { ActionError, projectAction } from "@/lib/actions/safe-action";
import { changeMemberRole, removeMember } from "@/lib/api-keys/key-changes";
import { appOrigin } from "@/lib/app-origin";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { ROLES } from "@/lib/roles";
import { emailSchema } from "@/lib/validation";

const idSchema = z.string().min(1).max(100);

const LAST_OWNER = "A project needs at least one owner. Make someone else an owner first.";
const GONE = "This person is no longer a member of the project.";

function seatLimitError(used: number, limit: number) {
  return new ActionError(
    `This project has no free seats (${used} of ${limit} used). Remove a member or revoke an invitation first.`,
  );
}

async function inviteUrl(token: string): Promise<string> {
  return `${appOrigin(await headers())}/invite/${token}`;
}

export const listMembersAction = projectAction(
  "listMembers",
  { schema: z.object({}) },
  (_input, { project }) => listMembers({ projectId: project.id }),
);

export const listInvitationsAction = projectAction(
  "listInvitations",
  { schema: z.object({}) },
  (_input, { project }) => listPendingInvitations({ projectId: project.id }),
);

export const inviteMemberAction = projectAction(
  "inviteMember",
  { capability: "members.manage", schema: z.object({ email: emailSchema, role: z.enum(ROLES) }) },
  async ({ email, role }, { user, project, ipAddress }) => {
    const seatLimit = env().PROJECT_SEAT_LIMIT;
    const result = await createInvitation({
      projectId: project.id,
      email,
      role,
      invitedBy: user,
      ipAddress,
      seatLimit,
    });
    if (!result.ok) {
      if (result.reason === "seat_limit") throw seatLimitError(result.used, seatLimit);
      if (result.reason === "already_member") {
        throw new ActionError("This person is already a member.", {
          email: ["This person is already a member of the project."],
        });
      }
      throw new ActionError("This email is already invited.", {
        email: [
          "This email already has a pending invitation. Use “Copy new link” below to get its link again.",
        ],
      });
    }
    logger().info(
      { event: "invitation_created", projectId: project.id, invitationId: result.invitation.id },
      "invitation created",
    );
    return { invitation: result.invitation, inviteUrl: await inviteUrl(result.token) };
  },
);

export const regenerateInvitationLinkAction = projectAction(
  "regenerateInvitationLink",
  { capability: "members.manage", schema: z.object({ invitationId: idSchema }) },
  async ({ invitationId }, { user, project, ipAddress }) => {
    const seatLimit = env().PROJECT_SEAT_LIMIT;
    const result = await regenerateInvitationLink({
      projectId: project.id,
      invitationId,
      actor: user,
      ipAddress,
      seatLimit,
    });
    if (!result.ok) {
      if (result.reason === "seat_limit") throw seatLimitError(result.used, seatLimit);
      throw new ActionError("This invitation no longer exists.");
    }
    logger().info(
      { event: "invitation_link_regenerated", projectId: project.id, invitationId },
      "invitation link regenerated",
    );
    return { invitation: result.invitation, inviteUrl: await inviteUrl(result.token) };
  },
);

export const revokeInvitationAction = projectAction(
  "revokeInvitation",
  { capability: "members.manage", schema: z.object({ invitationId: idSchema }) },
  async ({ invitationId }, { user, project, ipAddress }) => {
    const revoked = await revokeInvitation({ projectId: project.id, invitationId, actor: user, ipAddress });
    if (!revoked) throw new ActionError("This invitation no longer exists.");
    return { invitationId };
  },
);

export const changeMemberRoleAction = projectAction(
  "changeMemberRole",
  { capability: "members.manage", schema: z.object({ userId: idSchema, role: z.enum(ROLES) }) },
  async ({ userId, role }, { user, project, ipAddress }) => {
    const result = await changeMemberRole({ projectId: project.id, userId, role, actor: user, ipAddress });
    if (result.ok) return { member: result.member };
    if (result.reason === "last_owner") throw new ActionError(LAST_OWNER);
    if (result.reason === "machine_user") {
      throw new ActionError("Machine users always act as owners; their role cannot be changed.");
    }
    throw new ActionError(GONE);
  },
);

export const removeMemberAction = projectAction(
  "removeMember",
  { capability: "members.manage", schema: z.object({ userId: idSchema }) },
  async ({ userId }, { user, project, ipAddress }) => {
    if (userId === user.id) throw new ActionError("To leave the project yourself, use Leave.");
    const result = await removeMember({
      projectId: project.id,
      userId,
      actor: user,
      ipAddress,
      reason: "removed",
    });
    if (result.ok) return { machineUserDeleted: result.machineUserDeleted, revokedKeys: result.revokedKeys };
    throw new ActionError(result.reason === "last_owner" ? LAST_OWNER : GONE);
  },
);

export const leaveProjectAction = projectAction(
  "leaveProject",
  { schema: z.object({}) },
  async (_input, { user, project, ipAddress }) => {
    const result = await removeMember({
      projectId: project.id,
      userId: user.id,
      actor: user,
      ipAddress,
      reason: "left",
    });
    if (!result.ok) {
      throw new ActionError(
        result.reason === "last_owner"
          ? "You are the last owner. Make someone else an owner before you leave."
          : "You are no longer a member of this project.",
      );
    }
    redirect("/");
  },
);
