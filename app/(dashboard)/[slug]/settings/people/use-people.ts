"use client";

import type { PendingInvitation } from "@/db/queries/invitations";
import type { Member } from "@/db/queries/members";
import { type ActionQuery, useActionQuery, useRefresh } from "@/lib/actions/use-action-query";
import { queryKeys } from "@/lib/query-keys";
import { listInvitationsAction, listMembersAction } from "./actions";

/** The project's members and machine users, seeded by the server page. */
export function useMembers(slug: string, initialData: Member[]): ActionQuery<Member[]> {
  return useActionQuery({
    queryKey: queryKeys.members(slug),
    load: () => listMembersAction({ projectSlug: slug }),
    initialData,
  });
}

/** The project's pending invitations (never their tokens), seeded by the server page. */
export function useInvitations(
  slug: string,
  initialData: PendingInvitation[],
): ActionQuery<PendingInvitation[]> {
  return useActionQuery({
    queryKey: queryKeys.invitations(slug),
    load: () => listInvitationsAction({ projectSlug: slug }),
    initialData,
  });
}

/** Refetches members and invitations after a change to either. */
export function useRefreshPeople(slug: string): () => Promise<void> {
  return useRefresh(queryKeys.people(slug));
}
