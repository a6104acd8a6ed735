// The one drizzle schema, by topic; drizzle-kit and every query read it from here.
export * from "./key-policy";
export * from "./keys";
export * from "./links";
export * from "./people";
export * from "./request-log";
export * from "./secret-scanning";
