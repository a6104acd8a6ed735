import { ChevronDownIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { MethodBadge } from "./method-badge";
import { type OperationView, tagAnchor } from "./openapi-view";

type ReferenceNavProps = { groups: { tag: string; operations: OperationView[] }[]; schemas: string[] };

/** Below 64rem the side nav gives way to this: the same contents, folded under "Contents" above the page. */
export function ContentsDisclosure(props: ReferenceNavProps) {
  return (
    <details className="group rounded-xl border bg-card lg:hidden">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-xl px-4 py-3 font-medium text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
        Contents
        <ChevronDownIcon aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <div className="border-t px-4 py-3">
        <ReferenceNav {...props} sticky={false} />
      </div>
    </details>
  );
}

/** The table of contents: each tag, its operations, then the shared schemas; sticky beside the page on wide screens. */
export function ReferenceNav({ groups, schemas, sticky = true }: ReferenceNavProps & { sticky?: boolean }) {
  return (
    <nav
      aria-label="API reference contents"
      className={cn(
        "grid min-w-0 grid-cols-1 gap-4 text-sm",
        sticky && "sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto",
      )}
    >
      <a href="#overview" className="font-medium hover:underline">
        Overview
      </a>
      {groups.map(({ tag, operations }) => (
        <div key={tag} className="grid grid-cols-1 gap-1">
          <a href={`#${tagAnchor(tag)}`} className="font-medium hover:underline">
            {tag}
          </a>
          <ul className="grid grid-cols-1 gap-1">
            {operations.map(({ method, path, operation }) => (
              <li key={operation.operationId}>
                <a
                  href={`#${operation.operationId}`}
                  className="flex min-w-0 items-center gap-2 text-muted-foreground hover:text-foreground"
                >
                  <MethodBadge method={method} className="w-14 shrink-0 px-1 text-[10px]" />
                  <span className="truncate" title={`${method} ${path}`}>
                    {operation.summary}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="grid gap-1">
        <a href="#schemas" className="font-medium hover:underline">
          Schemas
        </a>
        <ul className="grid grid-cols-1 gap-1">
          {schemas.map((name) => (
            <li key={name}>
              <a href={`#schema-${name}`} className="text-muted-foreground hover:text-foreground">
                {name}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
