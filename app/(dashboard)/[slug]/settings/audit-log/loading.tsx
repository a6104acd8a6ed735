import { PageSkeleton } from "@/components/page-skeleton";

export default function AuditLogLoading() {
  return <PageSkeleton variant="table" label="Loading the audit log…" />;
}
