"use client";

import type { PendingInvitation } from "@/db/queries/invitations";
import type { Member } from "@/db/queries/members";
import { useInvitations, useMembers } from "../use-people";

type Props = {
  slug: string;
  seatLimit: number;
  initialMembers: Member[];
  initialInvitations: PendingInvitation[];
};

function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** People against the seat limit; machine users take no seat. */
export function SeatSummary({ slug, seatLimit, initialMembers, initialInvitations }: Props) {
  const { query: members } = useMembers(slug, initialMembers);
  const { query: invitations } = useInvitations(slug, initialInvitations);
  const people = members.data.filter((member) => !member.isMachine).length;
  const pending = invitations.data.length;
  return (
    <span className="grid gap-1">
      <span className="font-medium text-foreground">
        {plural(people, "user")} · {plural(seatLimit, "seat")}
      </span>
      <span className="text-xs">
        {people + pending} of {seatLimit} seats used
        {pending > 0 ? `, including ${plural(pending, "pending invitation")}` : ""}. Machine users take no
        seat.
      </span>
    </span>
  );
}
