import type { Metadata } from "next";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentProject } from "@/lib/projects/current";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ params }: PageProps<"/[slug]/settings/audit-log">) {
  const { slug } = await params;
  await getCurrentProject(slug);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Audit log</CardTitle>
        <CardDescription>Who changed keys and people, and when.</CardDescription>
      </CardHeader>
    </Card>
  );
}
