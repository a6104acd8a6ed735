import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { recordExpiredApiKeys } from "@/db/queries/api-keys/expiry";
import { listAuditLog, listAuditLogFilterOptions } from "@/db/queries/audit-log";
import { can } from "@/lib/authorization";
import { getCurrentProject } from "@/lib/projects/current";
import { AuditLogFilters } from "./_components/audit-log-filters";
import { AuditLogTable } from "./_components/audit-log-table";
import { Pagination } from "./_components/pagination";
import { loadAuditLogSearchParams, serializeAuditLogSearchParams } from "./search-params";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const MAX_PAGE = 1_000_000;

export default async function AuditLogPage({
  params,
  searchParams,
}: PageProps<"/[slug]/settings/audit-log">) {
  const { slug } = await params;
  const { project, role } = await getCurrentProject(slug);
  if (!can(role, "audit-log.view")) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Audit log</CardTitle>
          <CardDescription>Only owners can see the audit log.</CardDescription>
        </CardHeader>
      </Card>
    );
  }

  // A malformed parameter reads as its default (no filter, page 1), never as an error.
  const { action, actor, page: rawPage } = loadAuditLogSearchParams(await searchParams);
  const page = Math.min(Math.max(1, rawPage), MAX_PAGE);
  const filter = { action: action ?? undefined, actor: actor ?? undefined };
  // Expiry happens by the clock, not by a request: write it down before reading the log.
  await recordExpiredApiKeys({ projectId: project.id });
  const [{ entries, total }, options] = await Promise.all([
    listAuditLog({ projectId: project.id, page, pageSize: PAGE_SIZE, filter }),
    listAuditLogFilterOptions({ projectId: project.id }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (n: number) =>
    `/${project.slug}/settings/audit-log${serializeAuditLogSearchParams({ action, actor, page: n === 1 ? null : n })}`;
  const filtered = Boolean(action || actor);

  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Audit log</CardTitle>
        <CardDescription>
          Who changed keys and people, and when; newest first. Times are in UTC; hover one for how long ago it
          was.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-4">
        <AuditLogFilters actors={options.actors} hasSystem={options.hasSystem} />
        {entries.length > 0 ? (
          <AuditLogTable entries={entries} now={new Date()} />
        ) : total === 0 ? (
          <p className="text-muted-foreground text-sm">
            {filtered
              ? "No entries match these filters."
              : "Nothing recorded yet. Changes to API keys, machine users, the publishable key and people appear here."}
          </p>
        ) : (
          <p className="text-muted-foreground text-sm">
            There are no entries on page {page}.{" "}
            <Link href={href(1)} className="text-foreground underline underline-offset-4">
              Go to the newest entries
            </Link>
          </p>
        )}
        {totalPages > 1 ? <Pagination page={page} totalPages={totalPages} href={href} /> : null}
      </CardContent>
    </Card>
  );
}
