import { PageSkeleton } from "@/components/page-skeleton";

export default function AccountLoading() {
  return <PageSkeleton variant="form" label="Loading your account…" />;
}
