import { PageSkeleton } from "@/components/page-skeleton";

export default function DomainsLoading() {
  return <PageSkeleton variant="table" label="Loading domains…" />;
}
