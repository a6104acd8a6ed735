import type { ReactNode } from "react";
import { Sparkline } from "@/components/sparkline";
import type { ProjectHome } from "@/db/queries/project-home";
import { cn } from "@/lib/utils";

type Props = { home: ProjectHome; maxActiveKeys: number };

const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });
const number = new Intl.NumberFormat("en");

/** Active keys, keys expiring soon, members, and requests in 24 hours with their sparkline and error rate. */
export function StatTiles({ home, maxActiveKeys }: Props) {
  const { keys, people, requests } = home;
  const pending = people.pendingInvitations;
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      <Tile id="stat-active-keys" title="Active keys" value={number.format(keys.active)}>
        of {maxActiveKeys} allowed
      </Tile>
      <Tile id="stat-expiring-soon" title="Expiring soon" value={number.format(keys.expiringSoon)}>
        within 7 days
      </Tile>
      <Tile id="stat-members" title="Members" value={number.format(people.members)}>
        {pending === 0
          ? "no pending invitations"
          : `${pending} pending ${pending === 1 ? "invitation" : "invitations"}`}
      </Tile>
      <Tile
        id="stat-requests"
        title="Requests (24 h)"
        value={number.format(requests.total)}
        aside={
          <Sparkline
            values={requests.hourly}
            label="Requests per hour, last 24 hours"
            width={72}
            height={24}
          />
        }
      >
        <span className={cn(requests.errorCount > 0 && "text-destructive")}>
          {percent.format(requests.errorRate)} errors
        </span>
      </Tile>
    </div>
  );
}

type TileProps = { id: string; title: string; value: string; aside?: ReactNode; children: ReactNode };

function Tile({ id, title, value, aside, children }: TileProps) {
  return (
    <section
      aria-labelledby={id}
      className="grid min-w-0 gap-1 rounded-xl border bg-card px-4 py-4 sm:px-5 text-card-foreground shadow-sm"
    >
      <h2 id={id} className="text-muted-foreground text-sm">
        {title}
      </h2>
      <div className="flex items-end justify-between gap-3">
        <p className="font-semibold text-2xl tabular-nums">{value}</p>
        {aside}
      </div>
      <p className="truncate text-muted-foreground text-xs">{children}</p>
    </section>
  );
}
