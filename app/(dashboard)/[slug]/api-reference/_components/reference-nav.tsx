import { MethodBadge } from "./method-badge";
import { type OperationView, tagAnchor } from "./openapi-view";

type ReferenceNavProps = { groups: { tag: string; operations: OperationView[] }[]; schemas: string[] };

/** The sticky table of contents: each tag, its operations, then the shared schemas. */
export function ReferenceNav({ groups, schemas }: ReferenceNavProps) {
  return (
    <nav
      aria-label="API reference contents"
      className="sticky top-6 grid max-h-[calc(100vh-3rem)] gap-4 overflow-y-auto text-sm"
    >
      <a href="#overview" className="font-medium hover:underline">
        Overview
      </a>
      {groups.map(({ tag, operations }) => (
        <div key={tag} className="grid gap-1">
          <a href={`#${tagAnchor(tag)}`} className="font-medium hover:underline">
            {tag}
          </a>
          <ul className="grid gap-1">
            {operations.map(({ method, path, operation }) => (
              <li key={operation.operationId}>
                <a
                  href={`#${operation.operationId}`}
                  className="flex items-center gap-2 text-muted-foreground hover:text-foreground"
                >
                  <MethodBadge method={method} className="w-14 px-1 text-[10px]" />
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
        <ul className="grid gap-1">
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
