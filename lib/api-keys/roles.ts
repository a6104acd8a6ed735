// The role ceilings live in lib/authorization.ts; this path stays only for the key cache's import.
export { effectivePermissions } from "@/lib/authorization";
