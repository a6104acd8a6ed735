"use client";

import { ActivityIcon } from "lucide-react";
import { useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { UsageRange } from "@/db/queries/request-log";
import type { KeyUsage } from "../actions";
import { USAGE_RANGE_LABELS, USAGE_RANGES } from "../activity-schemas";
import { useKeyUsage } from "../use-key-activity";
import { TopRoutes } from "./top-routes";
import { UsageChart } from "./usage-chart";
import { UsageFigures } from "./usage-figures";

type UsageCardProps = { pageRef: { projectSlug: string; keyId: string }; initial: KeyUsage };

const isRange = (value: string): value is UsageRange => (USAGE_RANGES as readonly string[]).includes(value);

/** "Usage": requests over a range by status class, its figures and the busiest routes. */
export function UsageCard({ pageRef, initial }: UsageCardProps) {
  const [range, setRange] = useState<UsageRange>("24h");
  const usage = useKeyUsage(pageRef, range, initial);
  const data = usage.data;
  const rangeLabel = `the last ${USAGE_RANGE_LABELS[range]}`;

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h3>Usage</h3>
        </CardTitle>
        <CardDescription>Requests made with this key, by status class.</CardDescription>
      </CardHeader>
      <CardContent>
        <Tabs value={range} onValueChange={(value) => isRange(value) && setRange(value)} className="gap-4">
          <TabsList aria-label="Range">
            {USAGE_RANGES.map((value) => (
              <TabsTrigger key={value} value={value}>
                {USAGE_RANGE_LABELS[value]}
              </TabsTrigger>
            ))}
          </TabsList>
          <TabsContent value={range} className="grid min-w-0 gap-6">
            {usage.isError ? (
              <FormAlert message={`Could not load the usage: ${usage.error.message}`} />
            ) : null}
            {!data ? null : data.summary.total === 0 ? (
              <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-10 text-center">
                <ActivityIcon aria-hidden className="size-8 text-muted-foreground" />
                <p className="font-medium">No requests in {rangeLabel}</p>
                <p className="max-w-sm text-muted-foreground text-sm">
                  Requests made with this key appear here within a few seconds.
                </p>
              </div>
            ) : (
              <>
                <div className="grid min-w-0 gap-6 lg:grid-cols-[1fr_14rem]">
                  <UsageChart
                    series={data.series}
                    unit={range === "24h" ? "hour" : "day"}
                    summary={`Requests per ${range === "24h" ? "hour" : "day"} in ${rangeLabel}: ${data.summary.total} in total, ${data.summary.byClass["2xx"]} 2xx, ${data.summary.byClass["4xx"]} 4xx, ${data.summary.byClass["5xx"]} 5xx`}
                  />
                  <UsageFigures summary={data.summary} />
                </div>
                <TopRoutes routes={data.topRoutes} />
              </>
            )}
          </TabsContent>
        </Tabs>
      </CardContent>
    </Card>
  );
}
