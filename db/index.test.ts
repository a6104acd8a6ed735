import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "./index";

describe("resolveDatabaseTarget", () => {
  it.each([
    [undefined, ".data", { kind: "pglite", dataDir: path.resolve(".data", "pglite") }],
    [undefined, "/var/lib/codeqr", { kind: "pglite", dataDir: "/var/lib/codeqr/pglite" }],
    ["file:/tmp/db", "/var/lib/codeqr", { kind: "pglite", dataDir: "/tmp/db" }],
    ["memory:", ".data", { kind: "pglite", dataDir: null }],
    ["postgres://u@h/db", ".data", { kind: "postgres", url: "postgres://u@h/db" }],
    ["postgresql://u@h/db", ".data", { kind: "postgres", url: "postgresql://u@h/db" }],
  ])("DATABASE_URL=%s with DATA_DIR=%s", (url, dataDir, target) => {
    expect(resolveDatabaseTarget({ DATABASE_URL: url, DATA_DIR: dataDir })).toEqual(target);
  });

  it("refuses anything else", () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://h/db", DATA_DIR: ".data" })).toThrow(
      /DATABASE_URL must be/,
    );
  });
});
