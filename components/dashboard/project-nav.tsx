"use client";

import { MenuIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

function projectLinks(slug: string) {
  return [
    { href: `/${slug}/settings`, label: "Settings" },
    { href: `/${slug}/api-reference`, label: "API reference" },
  ];
}

/** The project's sections: links from md up, a "Menu" button below it (the header has no room for both). */
export function ProjectNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Project" className="ml-2 hidden gap-4 text-sm md:flex">
      {projectLinks(slug).map(({ href, label }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn("hover:text-foreground", active ? "text-foreground" : "text-muted-foreground")}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}

export function ProjectNavMenu({ slug }: { slug: string }) {
  return (
    <div className="md:hidden">
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label="Menu">
            <MenuIcon aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-48">
          {projectLinks(slug).map(({ href, label }) => (
            <DropdownMenuItem key={href} asChild>
              <Link href={href}>{label}</Link>
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
