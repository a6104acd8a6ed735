import { PageSkeleton } from "@/components/page-skeleton";

export default function SettingsLoading() {
  return <PageSkeleton variant="form" label="Loading settings…" />;
}
