import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/dashboard/app-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listProjectsForUser } from "@/db/queries/projects";
import { requireUser } from "@/lib/session";
import { CreateProjectForm } from "./create-project-form";

export const metadata: Metadata = { title: "Create project" };

export default async function NewProjectPage() {
  const user = await requireUser();
  const projects = await listProjectsForUser({ userId: user.id });
  return (
    <div className="min-h-screen bg-muted/40">
      <AppHeader user={user} />
      <main className="flex justify-center px-4 py-12 outline-none">
        <Card className="w-full max-w-md">
          <CardHeader>
            <CardTitle className="text-xl">Create a project</CardTitle>
            <CardDescription>A project holds your links, tags, domains, API keys and people.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <CreateProjectForm />
            {projects.length > 0 ? (
              <Link
                href={`/${projects[0]?.slug}`}
                className="text-center text-muted-foreground text-sm underline"
              >
                Back to your projects
              </Link>
            ) : null}
          </CardContent>
        </Card>
      </main>
    </div>
  );
}
