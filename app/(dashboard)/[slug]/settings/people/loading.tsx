import { PageSkeleton } from "@/components/page-skeleton";

export default function PeopleLoading() {
  return <PageSkeleton variant="table" label="Loading people…" />;
}
