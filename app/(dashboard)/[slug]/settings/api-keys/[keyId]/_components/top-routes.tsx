import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { KeyUsage } from "../actions";
import { percent } from "./usage-figures";

/** The range's busiest routes with their request counts and error rates. */
export function TopRoutes({ routes }: { routes: KeyUsage["topRoutes"] }) {
  return (
    <div className="grid min-w-0 gap-2">
      <h4 className="font-medium text-sm" id="top-routes">
        Top routes
      </h4>
      <div className="min-w-0 overflow-x-auto rounded-lg border">
        <Table aria-labelledby="top-routes">
          <TableHeader>
            <TableRow>
              <TableHead>Route</TableHead>
              <TableHead className="text-right">Requests</TableHead>
              <TableHead className="text-right">Error rate</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {routes.map((route) => (
              <TableRow key={route.routeId}>
                <TableCell className="whitespace-normal break-all font-mono text-xs">
                  {route.routeId}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {route.count.toLocaleString("en-US")}
                </TableCell>
                <TableCell className="text-right tabular-nums">{percent(route.errorRate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
