import { AppHeader } from "@/components/dashboard/app-header";
import { listProjectsForUser } from "@/db/queries/projects";
import { getCurrentProject } from "@/lib/projects/current";

export default async function ProjectLayout({ children, params }: LayoutProps<"/[slug]">) {
  const { slug } = await params;
  const { user, project } = await getCurrentProject(slug);
  const projects = await listProjectsForUser({ userId: user.id });
  return (
    <div className="min-h-screen">
      <AppHeader user={user} project={{ current: project, projects }} />
      <main className="mx-auto max-w-6xl px-4 py-8 outline-none">{children}</main>
    </div>
  );
}
