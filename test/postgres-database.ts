import { randomBytes } from "node:crypto";
import postgres from "postgres";

/**
 * Creates a fresh database named after this run on the server that `adminUrl` points at and returns its URL,
 * with a function that drops it. Test runs never share a database.
 */
export async function createScratchDatabase(adminUrl: string, label: string) {
  const name = `codeqr_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
