import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * AUTH_SECRET from the environment, or else one generated on first start and kept in `DATA_DIR/auth-secret`
 * (mode 600), so a newcomer needs no `.env`. Several instances must share an explicit AUTH_SECRET.
 */
export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) {
    cached = fromEnv;
    return cached;
  }
  const file = path.resolve(env().DATA_DIR, "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  cached = fs.readFileSync(file, "utf8").trim();
  if (cached.length < 32) throw new Error(`${file} holds no usable secret; delete it or set AUTH_SECRET.`);
  return cached;
}
