import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentProject } from "@/lib/projects/current";
import { ROLE_LABELS } from "@/lib/roles";

export default async function ProjectPage({ params }: PageProps<"/[slug]">) {
  const { slug } = await params;
  const { project, role } = await getCurrentProject(slug);
  const sections = [
    { href: "settings/api-keys", title: "API Keys", text: "Create, restrict, roll and revoke secret keys." },
    { href: "settings/people", title: "People", text: "Invite members, manage roles and machine users." },
    { href: "settings", title: "General", text: "Rename the project or change its slug." },
  ];
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="font-semibold text-2xl">{project.name}</h1>
        <p className="text-muted-foreground text-sm">
          /{project.slug} · You are {ROLE_LABELS[role].toLowerCase()}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {sections.map((section) => (
          <Link
            key={section.href}
            href={`/${project.slug}/${section.href}`}
            className="rounded-xl focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
          >
            <Card className="h-full transition-colors hover:bg-accent/50">
              <CardHeader>
                <CardTitle>{section.title}</CardTitle>
                <CardDescription>{section.text}</CardDescription>
              </CardHeader>
            </Card>
          </Link>
        ))}
      </div>
    </div>
  );
}
