import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createTagSchema } from "./api/schemas/tag";
import { createApiKeySchema } from "./api-keys/schemas";
import { projectNameSchema } from "./projects/slug";
import { findHostileText, MAX_INPUT_DEPTH, singleLineText, textProblem } from "./safe-text";
import { loginSchema, registerSchema } from "./validation";

describe("textProblem", () => {
  it.each([
    ["plain text", "Hello, world", null],
    ["unicode", "Grüße 🚀 日本", null],
    ["tab", "a\tb", null],
    ["line feed", "a\nb", null],
    ["carriage return", "a\r\nb", null],
    ["NUL", "a\u0000b", "Must not contain control characters"],
    ["bell", "a\u0007b", "Must not contain control characters"],
    ["escape", "\u001b[31m", "Must not contain control characters"],
    ["vertical tab", "a\u000bb", "Must not contain control characters"],
    ["form feed", "a\u000cb", "Must not contain control characters"],
    ["unit separator", "a\u001fb", "Must not contain control characters"],
    ["DEL", "a\u007fb", "Must not contain control characters"],
    ["lone high surrogate", "a\ud800b", "Must not contain invalid Unicode (a lone surrogate)"],
    ["lone low surrogate", "\udfff", "Must not contain invalid Unicode (a lone surrogate)"],
  ])("%s → %s", (_, value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });

  it.each(["a\tb", "a\nb", "a\rb"])("refuses %j on a single-line field", (value) => {
    expect(textProblem(value, { singleLine: true })).toBe("Must be a single line without tabs");
  });

  it("gives zod the problem as the message", () => {
    const name = z.string().refine(...singleLineText);
    expect(name.safeParse("ok").success).toBe(true);
    expect(name.safeParse("a\u0000").error?.issues[0]?.message).toBe("Must not contain control characters");
    expect(name.safeParse("a\nb").error?.issues[0]?.message).toBe("Must be a single line without tabs");
  });
});

describe("findHostileText", () => {
  it.each([
    ["a clean body", { url: "https://example.com", tags: ["a", "b"], n: 1, ok: true, none: null }, null],
    ["a NUL in a nested value", { link: { title: "x\u0000" } }, "link.title"],
    ["a NUL in an array item", { tagIds: ["ok", "b\u0000"] }, "tagIds.1"],
    ["a lone surrogate in a key", { geo: { "\ud800": "https://x.example" } }, "geo.\\ud800"],
    ["a control character at the top", "\u0001", ""],
  ])("%s", (_, input, path) => {
    expect(findHostileText(input)?.path ?? null).toBe(path);
  });

  it("refuses input nested deeper than any real form", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i <= MAX_INPUT_DEPTH + 1; i++) deep = { a: deep };
    expect(findHostileText(deep)?.problem).toBe("Is nested too deeply");
  });
});

describe("the boundary schemas", () => {
  const signUp = (name: string, password = "long enough") =>
    registerSchema.safeParse({ name, email: "a@example.com", password });
  const key = (name: string) =>
    createApiKeySchema.safeParse({ name, owner: "self", expiresIn: "never", preset: "all" });
  it.each([
    ["sign-up name", (v: string) => signUp(v), "Ann Lee", "Ann\u0000"],
    ["sign-up name on one line", (v: string) => signUp(v), "Ann Lee", "Ann\nLee"],
    ["sign-up password", (v: string) => signUp("Ann", v), "long enough", "long\u0000enough"],
    [
      "sign-in password",
      (v: string) => loginSchema.safeParse({ email: "a@example.com", password: v }),
      "x",
      "\ud800",
    ],
    [
      "sign-in email",
      (v: string) => loginSchema.safeParse({ email: v, password: "x" }),
      "a@example.com",
      "a\u0000@example.com",
    ],
    ["project name", (v: string) => projectNameSchema.safeParse(v), "Acme Inc", "Acme\tInc"],
    ["key name", key, "ci", "ci\u001b"],
    ["tag name", (v: string) => createTagSchema.safeParse({ name: v }), "ab", "a\u0000b"],
  ])("%s: %j is accepted, %j refused", (_, parse, clean, hostile) => {
    expect(parse(clean).success).toBe(true);
    expect(parse(hostile).success).toBe(false);
  });
});
