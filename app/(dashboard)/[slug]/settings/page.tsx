import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/authorization";
import { getCurrentProject } from "@/lib/projects/current";
import { DeleteProject } from "./_components/delete-project";
import { ProjectForm } from "./_components/project-form";

export const metadata: Metadata = { title: "General settings" };

export default async function GeneralSettingsPage({ params }: PageProps<"/[slug]/settings">) {
  const { slug } = await params;
  const { project, role } = await getCurrentProject(slug);
  const canManage = can(role, "project.manage");
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>General</CardTitle>
          <CardDescription>
            Project ID <code className="rounded bg-muted px-1 py-0.5 text-xs">{project.id}</code> (the
            API&apos;s workspaceId)
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ProjectForm key={`${project.name}/${project.slug}`} project={project} canEdit={canManage} />
        </CardContent>
      </Card>
      {canManage ? (
        <Card className="border-destructive/40">
          <CardHeader>
            <CardTitle>Delete project</CardTitle>
            <CardDescription>Permanently delete this project and everything in it.</CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteProject slug={project.slug} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
