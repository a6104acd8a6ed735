import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { readRawBody } from "@/lib/api/raw-body";
import { clientAddress } from "@/lib/client-address";
import { takeSecretScanningReport } from "@/lib/rate-limit/secret-scanning-throttle";
import { handleLeakReport } from "@/lib/secret-scanning/leak-report";
import { findSecretScanningKey } from "@/lib/secret-scanning/public-keys";
import { leakReportSchema } from "@/lib/secret-scanning/schemas";
import { verifyGithubSignature } from "@/lib/secret-scanning/signature";

const MAX_BODY_BYTES = 1_000_000;
const UNSIGNED = "The report is not signed by GitHub: a valid Github-Public-Key-Signature is required.";

// POST /api/secret-scanning/github – GitHub's secret scanning alert: revoke every live key it found, answer feedback
export const POST = apiRoute("POST /api/secret-scanning/github", async ({ request }) => {
  const address = clientAddress(request.headers);
  const wait = await takeSecretScanningReport(address);
  if (wait !== null) {
    throw new ApiError("rate_limit_exceeded", "Too many reports from this address; try again later.", {
      "Retry-After": String(wait),
    });
  }
  const body = await readRawBody(request, MAX_BODY_BYTES);
  const identifier = request.headers.get("github-public-key-identifier")?.trim();
  const signature = request.headers.get("github-public-key-signature")?.trim();
  if (!identifier || !signature) throw new ApiError("unauthorized", UNSIGNED);
  const publicKeyPem = await findSecretScanningKey(identifier);
  if (!publicKeyPem || !verifyGithubSignature({ body, signature, publicKeyPem })) {
    throw new ApiError("unauthorized", UNSIGNED);
  }
  return handleLeakReport(parseReport(body), address);
});

function parseReport(body: Uint8Array) {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    throw new ApiError("bad_request", "Malformed JSON in request body.");
  }
  const parsed = leakReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join(".") || "body";
    throw new ApiError("bad_request", `Malformed report: '${field}' ${issue?.message ?? "is invalid"}.`);
  }
  return parsed.data;
}
