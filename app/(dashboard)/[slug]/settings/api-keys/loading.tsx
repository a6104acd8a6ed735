import { PageSkeleton } from "@/components/page-skeleton";

export default function ApiKeysLoading() {
  return <PageSkeleton variant="table" label="Loading API keys…" />;
}
