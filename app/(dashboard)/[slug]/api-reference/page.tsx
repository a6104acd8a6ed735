import type { Metadata } from "next";
import { headers } from "next/headers";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { appOrigin } from "@/lib/app-origin";
import { getCurrentProject } from "@/lib/projects/current";
import { groupByTag, tagAnchor } from "./_components/openapi-view";
import { OperationSection } from "./_components/operation-section";
import { ReferenceIntro } from "./_components/reference-intro";
import { ContentsDisclosure, ReferenceNav } from "./_components/reference-nav";
import { SchemaList } from "./_components/schema-list";

export const metadata: Metadata = { title: "API reference" };

/** The REST API's reference, rendered from the same OpenAPI document /api/openapi.json serves (no fetch). */
export default async function ApiReferencePage({ params }: PageProps<"/[slug]/api-reference">) {
  const { slug } = await params;
  const { project } = await getCurrentProject(slug);
  const doc = buildOpenApiDocument(appOrigin(await headers()));
  const groups = groupByTag(doc);
  const schemas = Object.keys(doc.components.schemas);
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
      <aside className="hidden lg:block">
        <ReferenceNav groups={groups} schemas={schemas} />
      </aside>
      {/* One column that never widens to its content: long code lines scroll inside their own block. */}
      <div className="grid min-w-0 grid-cols-1 gap-10">
        <ContentsDisclosure groups={groups} schemas={schemas} />
        <ReferenceIntro
          baseUrl={doc.servers[0]?.url ?? "/api"}
          version={doc.info.version}
          projectSlug={project.slug}
          description={doc.info.description}
        />
        {groups.map(({ tag, operations }) => (
          <section
            key={tag}
            id={tagAnchor(tag)}
            aria-labelledby={`${tagAnchor(tag)}-heading`}
            className="grid scroll-mt-6 gap-4"
          >
            <h2 id={`${tagAnchor(tag)}-heading`} className="font-semibold text-xl">
              {tag}
            </h2>
            {operations.map((view) => (
              <OperationSection key={view.operation.operationId} doc={doc} view={view} />
            ))}
          </section>
        ))}
        <SchemaList doc={doc} />
      </div>
    </div>
  );
}
