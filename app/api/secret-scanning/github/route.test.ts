import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as userinfo } from "@/app/api/oauth/userinfo/route";
import { db } from "@/db";
import { listApiKeyLeaks } from "@/db/queries/api-key-leaks";
import { auditLogs } from "@/db/schema";
import { generateSecretKey } from "@/lib/api-keys/format";
import { rollApiKey } from "@/lib/api-keys/manage";
import { generateProjectPublishableKey } from "@/lib/api-keys/publishable";
import { SECRET_SCANNING_REPORTS_PER_ADDRESS } from "@/lib/rate-limit/secret-scanning-throttle";
import { githubSigningKey, signGithubPayload, writeKeyList } from "@/lib/secret-scanning/test-signing";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { POST } from "./route";

setupTestDatabase();

const github = githubSigningKey("github-test-key");
const impostor = githubSigningKey("github-test-key");
// env() is read on first use, after this line: the endpoint trusts this list only.
process.env.SECRET_SCANNING_KEYS_URL = writeKeyList([github.entry]).source;

let addresses = 0;
// Random per run: counters in a shared Redis outlive a run by up to a minute.
const RUN = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
/** Each test posts from an address of its own, so the per-address limit is only met where a test means it. */
const newAddress = () => `${RUN}.${++addresses}`;

const TYPE = "codeqr_api_key";
const leak = (token: string, url = "https://github.com/octo/app/blob/main/.env") => ({
  token,
  type: TYPE,
  url,
  source: "content",
});

function post(
  body: string,
  headers: Record<string, string> = {
    "github-public-key-identifier": github.identifier,
    "github-public-key-signature": signGithubPayload(body, github.privateKey),
  },
  address = newAddress(),
) {
  return callRoute(POST, {
    url: "/api/secret-scanning/github",
    method: "POST",
    body,
    headers: { "content-type": "application/json", "x-forwarded-for": address, ...headers },
  });
}

const whoAmI = (secret: string) => callRoute(userinfo, { url: "/api/oauth/userinfo", secret });

describe("POST /api/secret-scanning/github", () => {
  it("revokes a leaked key at once, audits and records where it was found, and answers GitHub's feedback", async () => {
    const owner = await projectWithKey();
    const { token: publishable } = await generateProjectPublishableKey({
      projectId: owner.project.id,
      actor: owner.actor,
      ipAddress: owner.ipAddress,
    });
    const wellFormedButUnknown = generateSecretKey();
    const badChecksum = `${owner.secret.slice(0, -1)}${owner.secret.endsWith("A") ? "B" : "A"}`;
    const report = [
      leak(owner.secret),
      leak(badChecksum),
      leak(wellFormedButUnknown),
      leak(publishable),
      leak("ghp_not_ours_at_all"),
      leak(owner.secret),
    ];
    expect((await whoAmI(owner.secret)).status).toBe(200);

    const response = await post(JSON.stringify(report));

    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { token_raw: owner.secret, token_type: TYPE, label: "true_positive" },
      { token_raw: badChecksum, token_type: TYPE, label: "false_positive" },
      { token_raw: wellFormedButUnknown, token_type: TYPE, label: "false_positive" },
      { token_raw: publishable, token_type: TYPE, label: "true_positive" },
      { token_raw: "ghp_not_ours_at_all", token_type: TYPE, label: "false_positive" },
      { token_raw: owner.secret, token_type: TYPE, label: "true_positive" },
    ]);
    expect((await whoAmI(owner.secret)).status).toBe(401);
    expect(await listApiKeyLeaks({ projectId: owner.project.id })).toEqual([
      expect.objectContaining({
        keyId: owner.apiKey.id,
        keyName: "test key",
        displayKey: owner.apiKey.displayKey,
        url: "https://github.com/octo/app/blob/main/.env",
        source: "content",
        tokenType: TYPE,
        foundAt: expect.any(Date),
      }),
    ]);
    const entries = await db.select().from(auditLogs).where(eq(auditLogs.projectId, owner.project.id));
    expect(entries.filter((entry) => entry.action === "api_key.leaked")).toEqual([
      expect.objectContaining({
        actorId: null,
        actorName: "GitHub secret scanning",
        targetId: owner.apiKey.id,
        metadata: {
          key: owner.apiKey.displayKey,
          url: "https://github.com/octo/app/blob/main/.env",
          source: "content",
        },
      }),
    ]);
    expect(entries.map((entry) => entry.action)).toContain("api_key.revoked");
    // The publishable key is public by design: reported, still working, not revoked.
    expect(entries.map((entry) => entry.action)).not.toContain("publishable_key.revoked");
  });

  it("revokes the key when its rolled-out secret leaks", async () => {
    const owner = await projectWithKey();
    const rolled = await rollApiKey({
      projectId: owner.project.id,
      keyId: owner.apiKey.id,
      graceSeconds: 3600,
      actor: owner.actor,
      ipAddress: owner.ipAddress,
    });
    if (!rolled) throw new Error("key not rolled");
    const response = await post(JSON.stringify([leak(owner.secret)]));
    expect(response.body).toEqual([{ token_raw: owner.secret, token_type: TYPE, label: "true_positive" }]);
    expect((await whoAmI(rolled.secret)).status).toBe(401);
  });

  it("answers an empty report with an empty feedback array", async () => {
    const response = await post("[]");
    expect(response).toMatchObject({ status: 200, body: [] });
  });

  const signedElsewhere = (body: string) => signGithubPayload(body, github.privateKey);
  type Tamper = (body: string) => { body: string; sig: string; id?: string };
  it.each<[string, Tamper]>([
    [
      "a tampered body",
      (body: string) => ({ body: body.replace("octo", "0cto"), sig: signedElsewhere(body) }),
    ],
    [
      "a signature by another key",
      (body: string) => ({ body, sig: signGithubPayload(body, impostor.privateKey) }),
    ],
    ["a signature that is not base64 DER", (body: string) => ({ body, sig: "bm90IGEgc2lnbmF0dXJl" })],
    [
      "an unknown key identifier",
      (body: string) => ({ body, sig: signedElsewhere(body), id: "rotated-away" }),
    ],
    ["no signature", (body: string) => ({ body, sig: "" })],
    ["no key identifier", (body: string) => ({ body, sig: signedElsewhere(body), id: "" })],
  ])("refuses %s with a 401 and revokes nothing", async (_, tamper) => {
    const owner = await projectWithKey();
    const { body, sig, id } = tamper(JSON.stringify([leak(owner.secret)]));
    const headers: Record<string, string> = {};
    if (sig) headers["github-public-key-signature"] = sig;
    if (id ?? github.identifier) headers["github-public-key-identifier"] = id ?? github.identifier;

    const response = await post(body, headers);

    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.body).toMatchObject({ error: { code: "unauthorized", message: expect.any(String) } });
    expect((await whoAmI(owner.secret)).status).toBe(200);
    expect(await listApiKeyLeaks({ projectId: owner.project.id })).toEqual([]);
  });

  it.each([
    ["not JSON", "[{"],
    ["not an array", JSON.stringify({ token: "codeqr_x" })],
    ["an entry without token", JSON.stringify([{ type: TYPE, url: "https://x.example", source: "content" }])],
    ["a token that is not a string", JSON.stringify([{ ...leak("x"), token: 42 }])],
  ])("refuses a signed body that is %s with a 400", async (_, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: "bad_request" } });
  });

  it("refuses a body over 1 MB with a 413, whether or not Content-Length says so", async () => {
    const body = JSON.stringify([leak("x".repeat(10), `https://github.com/${"a".repeat(1_000_001)}`)]);
    const signed = {
      "github-public-key-identifier": github.identifier,
      "github-public-key-signature": signGithubPayload(body, github.privateKey),
    };
    for (const headers of [signed, { ...signed, "content-length": String(Buffer.byteLength(body)) }]) {
      const response = await post(body, headers);
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({
        error: { code: "payload_too_large", doc_url: expect.any(String) },
      });
    }
  });

  it("limits the reports one address may post a minute (429 with Retry-After)", async () => {
    const address = newAddress();
    const { limit } = SECRET_SCANNING_REPORTS_PER_ADDRESS;
    for (let sent = 0; sent < limit; sent++) {
      expect((await post("[]", undefined, address)).status).toBe(200);
    }
    const refused = await post("[]", undefined, address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await post("[]", undefined, newAddress())).status).toBe(200);
  });
});
