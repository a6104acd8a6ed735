import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_GROUPS } from "./audit-action-groups";
import { AUDIT_ACTIONS } from "./audit-actions";

describe("AUDIT_ACTION_GROUPS", () => {
  it.each(AUDIT_ACTIONS.map((action) => [action]))("lists %s in exactly one group", (action) => {
    const groups = AUDIT_ACTION_GROUPS.filter((group) => group.actions.includes(action));
    expect(groups).toHaveLength(1);
  });
});
