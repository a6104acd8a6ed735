import "server-only";
import { deleteMember, updateMemberRole } from "@/db/queries/members";
import { deleteProjectRow, updateProject } from "@/db/queries/projects";
import { afterKeyChange } from "./invalidation";

/*
 * Changes outside the keys that change what keys may do (SPEC §3: a key acts with at most its owner's role):
 * each runs its transaction, then tells every key cache, so no caller can forget to.
 */

/** Changes a person's role; their keys follow it on the next request. */
export function changeMemberRole(input: Parameters<typeof updateMemberRole>[0]) {
  return afterKeyChange(input.projectId, updateMemberRole(input));
}

/** Takes someone out of the project; their keys in it stop working on the next request. */
export function removeMember(input: Parameters<typeof deleteMember>[0]) {
  return afterKeyChange(input.projectId, deleteMember(input));
}

/** Renames the project or changes its slug (keys answer with both, and `projectSlug` is checked against it). */
export function renameProject(input: Parameters<typeof updateProject>[0]) {
  return afterKeyChange(input.projectId, updateProject(input));
}

/** Deletes the project with everything in it; its keys stop working on the next request. */
export function deleteProject(input: { projectId: string }): Promise<void> {
  return afterKeyChange(input.projectId, deleteProjectRow(input));
}
