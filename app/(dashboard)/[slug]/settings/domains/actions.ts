"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { createDomain, deleteDomain, updateDomain } from "@/db/queries/domains";
import { ActionError, projectAction } from "@/lib/actions/safe-action";
import { domainSlugSchema } from "@/lib/api/schemas/domain";
import { appHost } from "@/lib/app-origin";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { loadDomainViews, domainView as view } from "./domain-views";

const slugInput = z.object({ slug: domainSlugSchema });

const GONE = "This domain is no longer in the project.";
const TAKEN_ELSEWHERE =
  "This domain is verified by another project. It can be added here once that project deletes it.";

export const listDomainsAction = projectAction(
  "listDomains",
  { capability: "domains.read", schema: z.object({}) },
  (_input, { project }) => loadDomainViews(project.id),
);

export const addDomainAction = projectAction(
  "addDomain",
  { capability: "domains.write", schema: slugInput },
  async ({ slug }, { project }) => {
    if (slug === appHost(await headers())) {
      throw new ActionError("Check the highlighted fields.", { slug: ["This is the app's own domain."] });
    }
    const created = await createDomain({ projectId: project.id, slug });
    if (created.ok) return view(created.domain);
    const problem =
      created.reason === "verified_elsewhere" ? TAKEN_ELSEWHERE : "This project already has this domain.";
    throw new ActionError(problem, { slug: [problem] });
  },
);

export const verifyDomainAction = projectAction(
  "verifyDomain",
  { capability: "domains.write", schema: slugInput },
  async ({ slug }, { project }) => {
    const result = await verifyDomain({ projectId: project.id, slug });
    if (result.ok) return { check: result.check, message: result.message, domain: view(result.domain) };
    throw new ActionError(
      result.reason === "not_found" ? GONE : "This domain is verified by another project.",
    );
  },
);

export const makePrimaryDomainAction = projectAction(
  "makePrimaryDomain",
  { capability: "domains.write", schema: slugInput },
  async ({ slug }, { project }) => {
    const updated = await updateDomain({ projectId: project.id, slug, changes: { primary: true } });
    if (updated.ok) return view(updated.domain);
    throw new ActionError(
      updated.reason === "unverified" ? "Verify the domain before making it primary." : GONE,
    );
  },
);

export const deleteDomainAction = projectAction(
  "deleteDomain",
  { capability: "domains.write", schema: slugInput },
  async ({ slug }, { project }) => {
    if (!(await deleteDomain({ projectId: project.id, slug }))) throw new ActionError(GONE);
    return { slug };
  },
);
