"use client";

import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { MAX_ALLOWLIST_ENTRIES } from "@/lib/api-keys/ip-allowlist";

type AllowedIpsFieldProps = {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
};

/** The "Allowed IP addresses" textarea of the create and edit forms; parsed by lib/api-keys/schemas.ts. */
export function AllowedIpsField({ value, onChange, errors }: AllowedIpsFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="grid gap-2">
      <Label htmlFor="allowedIps">Allowed IP addresses</Label>
      <Textarea
        id="allowedIps"
        name="allowedIps"
        value={value}
        rows={3}
        spellCheck={false}
        autoComplete="off"
        placeholder={"203.0.113.7\n10.0.0.0/8\n2001:db8::/32"}
        className="max-h-48 font-mono"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "allowedIps-hint allowedIps-error" : "allowedIps-hint"}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id="allowedIps-hint" className="text-muted-foreground text-xs">
        IPv4 or IPv6 addresses and CIDR ranges, one per line, at most {MAX_ALLOWLIST_ENTRIES}. Leave empty to
        allow requests from any address.
      </p>
      <FieldError id="allowedIps-error" errors={errors} />
    </div>
  );
}
