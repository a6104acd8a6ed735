import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { AllowedIps } from "../../_components/allowed-ips";

/** The key's "Allowed IP addresses", under its permissions. */
export function AllowedAddresses({ apiKey }: { apiKey: ApiKeyListItem }) {
  return (
    <section aria-labelledby="allowed-ips-heading" className="grid gap-2">
      <h4 id="allowed-ips-heading" className="font-medium text-sm">
        Allowed IP addresses
      </h4>
      <AllowedIps allowedIps={apiKey.allowedIps} />
    </section>
  );
}
