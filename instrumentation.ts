/** Runs once when a server process starts, before it answers requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [
    { ensureDatabaseReady, resolveDatabaseTarget },
    { authSecret },
    { logger },
    { startRequestLogRetention },
  ] = await Promise.all([
    import("./db"),
    import("./lib/auth-secret"),
    import("./lib/logger"),
    import("./lib/request-log/retention"),
  ]);
  authSecret();
  await ensureDatabaseReady();
  startRequestLogRetention();
  const target = resolveDatabaseTarget();
  logger().info(
    {
      event: "server_ready",
      database: target.kind === "postgres" ? "postgres" : (target.dataDir ?? "memory"),
    },
    "database migrated; serving",
  );
}
