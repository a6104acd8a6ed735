import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** The key page's outline while its data loads. */
export default function ApiKeyLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <span className="sr-only">Loading the API key…</span>
      <div className="grid gap-2">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-8 w-56" />
      </div>
      {["h-48", "h-72", "h-64"].map((height) => (
        <Card key={height}>
          <CardHeader>
            <Skeleton className="h-5 w-32" />
          </CardHeader>
          <CardContent>
            <Skeleton className={`${height} w-full`} />
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
