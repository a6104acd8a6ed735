import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

const METHOD_COLORS: Record<string, string> = {
  GET: "border-emerald-600/40 text-emerald-700 dark:text-emerald-400",
  POST: "border-sky-600/40 text-sky-700 dark:text-sky-400",
  PUT: "border-amber-600/40 text-amber-700 dark:text-amber-400",
  PATCH: "border-amber-600/40 text-amber-700 dark:text-amber-400",
  DELETE: "border-red-600/40 text-red-700 dark:text-red-400",
};

/** The HTTP method, coloured by kind (read, create, update, delete). */
export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <Badge variant="outline" className={cn("w-16 font-mono", METHOD_COLORS[method], className)}>
      {method}
    </Badge>
  );
}
