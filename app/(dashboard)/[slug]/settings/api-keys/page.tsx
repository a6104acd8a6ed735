import type { Metadata } from "next";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentProject } from "@/lib/projects/current";

export const metadata: Metadata = { title: "API Keys" };

export default async function ApiKeysPage({ params }: PageProps<"/[slug]/settings/api-keys">) {
  const { slug } = await params;
  await getCurrentProject(slug);
  return (
    <Card>
      <CardHeader>
        <CardTitle>API Keys</CardTitle>
        <CardDescription>Secret keys for this project's REST API.</CardDescription>
      </CardHeader>
    </Card>
  );
}
