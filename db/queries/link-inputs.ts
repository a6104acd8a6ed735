// What a link write takes (the parsed body, as the data layer sees it) and why it may be refused.
import type { LinkWithTags } from "@/db/queries/links";
import type { Refusal, Result } from "@/db/result";
import type { links } from "@/db/schema";

/** Who writes (the key's owner), in which project, and the app's own host (the fallback default domain). */
export type LinkWriteContext = { projectId: string; userId: string; appHost: string };

/** The columns a write sets: only those given (drizzle skips `undefined`, so an update leaves the rest alone). */
export type LinkColumns = Omit<
  Partial<typeof links.$inferInsert>,
  "id" | "projectId" | "userId" | "domain" | "key"
>;
/** A link to write: its columns, plus the domain, key and tags to resolve. */
export type LinkWrite = {
  columns: LinkColumns;
  domain?: string;
  key?: string;
  keyLength?: number;
  /** `undefined` leaves a link's tags alone; a list (possibly empty) replaces them. */
  tags?: { ids: string[]; names: string[] };
};
/** One link a bulk write names: by id or by externalId. */
export type LinkIdRef = { id: string } | { externalId: string };

/** A new link: its destination is required. */
export type CreateLinkInput = LinkWrite & { columns: { url: string } };

/** Why a link write was refused; `detail` is the domain, tag id or tag name at fault. */
export type LinkRefusalReason =
  | "not_found"
  | "key_taken"
  | "external_id_taken"
  | "key_or_external_id_taken"
  | "no_free_key"
  | "foreign_domain"
  | "unknown_tag_id"
  | "unknown_tag_name";
export type LinkRefusal = Refusal<LinkRefusalReason, { detail?: string }>;
export type LinkResult = Result<{ link: LinkWithTags }, LinkRefusal>;

export const refuseLink = (reason: LinkRefusalReason, detail?: string): LinkRefusal =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
