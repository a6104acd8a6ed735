"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const SECTIONS = [
  { segment: "", label: "General" },
  { segment: "/api-keys", label: "API Keys" },
  { segment: "/people", label: "People" },
  { segment: "/domains", label: "Domains" },
  { segment: "/audit-log", label: "Audit log" },
] as const;

export function SettingsNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Settings"
      className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1 md:mx-0 md:flex-col md:overflow-visible md:px-0 md:pb-0"
    >
      {SECTIONS.map(({ segment, label }) => {
        const href = `/${slug}/settings${segment}`;
        const active = pathname === href;
        return (
          <Link
            key={label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "shrink-0 whitespace-nowrap rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent",
              active ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground",
            )}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
