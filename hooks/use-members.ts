"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { listInvitationsAction, listMembersAction } from "@/app/(dashboard)/[slug]/settings/people/actions";
import type { PendingInvitation } from "@/db/queries/invitations";
import type { Member } from "@/db/queries/members";
import type { ActionResult } from "@/lib/actions/result";

export const peopleKeys = {
  all: (slug: string) => ["projects", slug, "people"] as const,
  members: (slug: string) => [...peopleKeys.all(slug), "members"] as const,
  invitations: (slug: string) => [...peopleKeys.all(slug), "invitations"] as const,
};

async function unwrap<T>(pending: Promise<ActionResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

/** The project's members and machine users, seeded by the server page. */
export function useMembers(slug: string, initialData: Member[]) {
  return useQuery({
    queryKey: peopleKeys.members(slug),
    queryFn: () => unwrap(listMembersAction({ projectSlug: slug })),
    initialData,
  });
}

/** The project's pending invitations (never their tokens), seeded by the server page. */
export function useInvitations(slug: string, initialData: PendingInvitation[]) {
  return useQuery({
    queryKey: peopleKeys.invitations(slug),
    queryFn: () => unwrap(listInvitationsAction({ projectSlug: slug })),
    initialData,
  });
}

/** Refetches members and invitations after a change. */
export function useRefreshPeople(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: peopleKeys.all(slug) });
}
