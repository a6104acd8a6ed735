import { formatAllowlistEntry } from "@/lib/api-keys/ip-allowlist";

/** A key's allowlist, read-only (the key's own page): its ranges, or that any address may use it. */
export function AllowedIps({ allowedIps }: { allowedIps: readonly string[] }) {
  if (allowedIps.length === 0) {
    return <p className="text-muted-foreground text-sm">Any IP address</p>;
  }
  return (
    <ul aria-label="Allowed IP addresses" className="flex flex-wrap gap-1.5">
      {allowedIps.map((entry) => (
        <li key={entry} className="break-all rounded-md bg-muted px-2 py-0.5 font-mono text-xs">
          {formatAllowlistEntry(entry)}
        </li>
      ))}
    </ul>
  );
}
