import { PageSkeleton } from "@/components/page-skeleton";

export default function NewProjectLoading() {
  return (
    <main className="flex min-h-screen justify-center bg-muted/40 px-4 py-12">
      <div className="w-full max-w-md">
        <PageSkeleton variant="form" label="Loading…" />
      </div>
    </main>
  );
}
