import Link from "next/link";
import { ProjectNav, ProjectNavMenu } from "@/components/dashboard/project-nav";
import { ProjectSwitcher } from "@/components/dashboard/project-switcher";
import { UserMenu } from "@/components/dashboard/user-menu";
import { Logo } from "@/components/logo";

type ProjectRef = { slug: string; name: string };

type Props = {
  user: { name: string; email: string | null };
  /** Inside a project: the switcher and the project's navigation. Left out on /account and /new. */
  project?: { current: ProjectRef; projects: ProjectRef[] };
};

/**
 * The one dashboard header. It never grows wider than the viewport: the project name truncates, the
 * navigation becomes a "Menu" button below md, and the account menu (the way to sign out) stays in view.
 */
export function AppHeader({ user, project }: Props) {
  const home = project ? `/${project.current.slug}` : "/";
  return (
    <header className="border-b bg-background">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-1 px-3 sm:gap-3 sm:px-4">
        <Link href={home} className="flex shrink-0 items-center gap-2 rounded-md font-bold">
          <Logo />
          <span className="sr-only sm:not-sr-only">CodeQR</span>
        </Link>
        {project ? (
          <>
            <span className="shrink-0 text-muted-foreground" aria-hidden>
              /
            </span>
            <ProjectSwitcher current={project.current} projects={project.projects} />
            <ProjectNav slug={project.current.slug} />
          </>
        ) : null}
        <div className="ml-auto flex min-w-0 shrink-0 items-center gap-1">
          {project ? <ProjectNavMenu slug={project.current.slug} /> : null}
          <UserMenu name={user.name} email={user.email} />
        </div>
      </div>
    </header>
  );
}
