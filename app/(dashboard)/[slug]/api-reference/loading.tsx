import { PageSkeleton } from "@/components/page-skeleton";

export default function ApiReferenceLoading() {
  return <PageSkeleton variant="reference" label="Loading the API reference…" />;
}
