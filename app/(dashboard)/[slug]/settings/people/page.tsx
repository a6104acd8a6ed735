import type { Metadata } from "next";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentProject } from "@/lib/projects/current";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ params }: PageProps<"/[slug]/settings/people">) {
  const { slug } = await params;
  await getCurrentProject(slug);
  return (
    <Card>
      <CardHeader>
        <CardTitle>People</CardTitle>
        <CardDescription>Members, machine users and invitations.</CardDescription>
      </CardHeader>
    </Card>
  );
}
