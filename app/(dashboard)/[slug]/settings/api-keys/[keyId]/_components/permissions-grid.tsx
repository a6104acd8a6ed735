import { CheckIcon, MinusIcon } from "lucide-react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import {
  ACCESS_LEVELS,
  type AccessLevel,
  levelsFor,
  levelsFromScopes,
  type Permission,
  RESOURCE_LABELS,
  RESOURCES,
} from "@/lib/api-keys/permissions";

const LEVEL_LABELS: Record<AccessLevel, string> = { none: "None", read: "Read", write: "Write" };

/** The key's access per resource, read-only: one mark in the column of its level; "n/a" where none exists. */
export function PermissionsGrid({ scopes }: { scopes: readonly Permission[] }) {
  const levels = levelsFromScopes(scopes);
  return (
    <div className="grid gap-2">
      <h4 className="font-medium text-sm" id="key-permissions">
        Permissions
      </h4>
      <div className="max-w-md rounded-lg border">
        <Table aria-labelledby="key-permissions">
          <TableHeader>
            <TableRow>
              <TableHead>Resource</TableHead>
              {ACCESS_LEVELS.map((level) => (
                <TableHead key={level} className="text-center">
                  {LEVEL_LABELS[level]}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {RESOURCES.map((resource) => (
              <TableRow key={resource}>
                <TableCell className="font-medium">{RESOURCE_LABELS[resource]}</TableCell>
                {ACCESS_LEVELS.map((level) => (
                  <TableCell key={level} className="text-center">
                    <LevelMark
                      held={levels[resource] === level}
                      offered={levelsFor(resource).includes(level)}
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

function LevelMark({ held, offered }: { held: boolean; offered: boolean }) {
  if (!offered) return <span className="text-muted-foreground text-xs">n/a</span>;
  if (!held) {
    return (
      <>
        <MinusIcon aria-hidden className="mx-auto size-4 text-muted-foreground/50" />
        <span className="sr-only">No</span>
      </>
    );
  }
  return (
    <>
      <CheckIcon aria-hidden className="mx-auto size-4 text-foreground" strokeWidth={3} />
      <span className="sr-only">Yes</span>
    </>
  );
}
