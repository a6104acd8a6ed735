import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/authorization";
import { getCurrentProject } from "@/lib/projects/current";
import { AddDomainForm } from "./_components/add-domain-form";
import { DomainsList } from "./_components/domains-list";
import { loadDomainViews } from "./domain-views";

export const metadata: Metadata = { title: "Domains" };

export default async function DomainsPage({ params }: PageProps<"/[slug]/settings/domains">) {
  const { slug } = await params;
  const { project, role } = await getCurrentProject(slug);
  const domains = await loadDomainViews(project.id);
  const canManage = can(role, "domains.write");
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Domains</CardTitle>
          <CardDescription>
            Short links on your own hostname. Add a domain, create the TXT record shown for it at your DNS
            provider, then verify: a domain serves short links only once verified. Keep the record in place.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {canManage ? (
            <AddDomainForm slug={project.slug} />
          ) : (
            <p className="text-muted-foreground text-sm">
              Only project owners can add, verify and delete domains.
            </p>
          )}
          <DomainsList slug={project.slug} canManage={canManage} initialDomains={domains} />
        </CardContent>
      </Card>
    </div>
  );
}
