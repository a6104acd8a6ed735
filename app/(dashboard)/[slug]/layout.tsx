import Link from "next/link";
import { ProjectSwitcher } from "@/components/dashboard/project-switcher";
import { UserMenu } from "@/components/dashboard/user-menu";
import { Logo } from "@/components/logo";
import { listProjectsForUser } from "@/db/queries/projects";
import { getCurrentProject } from "@/lib/projects/current";

export default async function ProjectLayout({ children, params }: LayoutProps<"/[slug]">) {
  const { slug } = await params;
  const { user, project } = await getCurrentProject(slug);
  const projects = await listProjectsForUser({ userId: user.id });
  return (
    <div className="min-h-screen">
      <header className="border-b">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
          <Link href={`/${project.slug}`} className="flex items-center gap-2 font-bold">
            <Logo />
            CodeQR
          </Link>
          <span className="text-muted-foreground" aria-hidden>
            /
          </span>
          <ProjectSwitcher current={project} projects={projects} />
          <nav aria-label="Project" className="ml-4 flex gap-4 text-sm">
            <Link href={`/${project.slug}/settings`} className="text-muted-foreground hover:text-foreground">
              Settings
            </Link>
            <Link
              href={`/${project.slug}/api-reference`}
              className="text-muted-foreground hover:text-foreground"
            >
              API reference
            </Link>
          </nav>
          <div className="ml-auto">
            <UserMenu name={user.name} email={user.email} />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
