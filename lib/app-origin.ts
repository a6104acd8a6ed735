import { env } from "@/lib/env";

/** APP_URL when set, else the origin the request came in on (`https://keys.example.com`, no trailing slash). */
export function appOrigin(headers: Headers): string {
  const configured = env().APP_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwarded === "https" || forwarded === "http" ? forwarded : "http";
  return `${protocol}://${headers.get("host") ?? "localhost:3000"}`;
}

/** The app's own host, which is the domain of links created without one (`localhost:3000`). */
export function appHost(headers: Headers): string {
  return new URL(appOrigin(headers)).host;
}
