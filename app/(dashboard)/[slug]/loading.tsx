import { PageSkeleton } from "@/components/page-skeleton";

export default function ProjectHomeLoading() {
  return <PageSkeleton variant="home" label="Loading the project…" />;
}
