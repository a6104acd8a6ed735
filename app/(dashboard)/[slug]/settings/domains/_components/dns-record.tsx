import { CopyButton } from "@/components/copy-button";
import type { VerificationRecord } from "@/lib/domains/verification-record";

/** The TXT record to create at the DNS provider, each part with its Copy button. */
export function DnsRecord({ record }: { record: VerificationRecord }) {
  const parts = [
    { label: "Name", value: record.name },
    { label: "Value", value: record.value },
  ];
  return (
    <dl className="grid gap-2 rounded-md border bg-muted/40 p-3 text-sm">
      <div className="grid grid-cols-[3rem_1fr] items-center gap-2">
        <dt className="text-muted-foreground">Type</dt>
        <dd className="font-mono">{record.type}</dd>
      </div>
      {parts.map(({ label, value }) => (
        <div key={label} className="grid gap-1 sm:grid-cols-[3rem_1fr] sm:items-center sm:gap-2">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="flex min-w-0 items-center gap-2">
            <code className="min-w-0 flex-1 break-all font-mono text-xs">{value}</code>
            <CopyButton value={value} subject={`record ${label.toLowerCase()}`} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
