import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

type Variant = "home" | "form" | "table" | "reference";

/**
 * A page's outline while its data loads (a route's `loading.tsx`), so a slow navigation shows where things
 * will be at once. `label` is what a screen reader hears, e.g. "Loading API keys…".
 */
export function PageSkeleton({ variant, label }: { variant: Variant; label: string }) {
  return (
    <div className="grid min-w-0 gap-6" aria-busy="true" data-testid="page-skeleton">
      <span className="sr-only" role="status">
        {label}
      </span>
      <div className="grid gap-2">
        <Skeleton className="h-7 w-48 max-w-full" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      {variant === "home" ? <HomeOutline /> : null}
      {variant === "form" ? <FormOutline /> : null}
      {variant === "table" ? <TableOutline /> : null}
      {variant === "reference" ? <ReferenceOutline /> : null}
    </div>
  );
}

function HomeOutline() {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {["a", "b", "c", "d"].map((key) => (
        <Card key={key}>
          <CardHeader>
            <Skeleton className="h-4 w-24" />
          </CardHeader>
          <CardContent>
            <Skeleton className="h-8 w-16" />
          </CardContent>
        </Card>
      ))}
    </div>
  );
}

function FormOutline() {
  return (
    <Card>
      <CardHeader>
        <Skeleton className="h-5 w-32" />
      </CardHeader>
      <CardContent className="grid gap-4">
        {["a", "b"].map((key) => (
          <div key={key} className="grid gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
        <Skeleton className="h-9 w-28" />
      </CardContent>
    </Card>
  );
}

function TableOutline() {
  return (
    <Card>
      <CardHeader className="flex flex-row items-center justify-between gap-4">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-9 w-24" />
      </CardHeader>
      <CardContent className="grid gap-3">
        {["a", "b", "c", "d", "e"].map((key) => (
          <Skeleton key={key} className="h-10 w-full" />
        ))}
      </CardContent>
    </Card>
  );
}

function ReferenceOutline() {
  return (
    <div className="grid gap-6 lg:grid-cols-[220px_minmax(0,1fr)]">
      <div className="hidden gap-2 lg:grid">
        {["a", "b", "c", "d", "e", "f"].map((key) => (
          <Skeleton key={key} className="h-4 w-40" />
        ))}
      </div>
      <div className="grid gap-4">
        {["a", "b", "c"].map((key) => (
          <Skeleton key={key} className="h-40 w-full" />
        ))}
      </div>
    </div>
  );
}
