import "server-only";
import { listDomains } from "@/db/queries/domains";
import type { Domain } from "@/db/schema";
import { type VerificationRecord, verificationRecord } from "@/lib/domains/verification-record";

/** A domain as the Domains page shows it: its state and the record that verifies it. */
export type DomainView = Pick<Domain, "id" | "slug" | "verified" | "primary" | "createdAt"> & {
  record: VerificationRecord;
};

const MAX_LISTED = 100;

export function domainView(domain: Domain): DomainView {
  const { id, slug, verified, primary, createdAt } = domain;
  return { id, slug, verified, primary, createdAt, record: verificationRecord(domain) };
}

/** The project's active domains, primary first. */
export async function loadDomainViews(projectId: string): Promise<DomainView[]> {
  const domains = await listDomains({ projectId, archived: false, page: 1, pageSize: MAX_LISTED });
  return domains.map(domainView);
}
