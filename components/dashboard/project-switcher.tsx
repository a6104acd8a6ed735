"use client";

import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

type Props = { current: { slug: string; name: string }; projects: { slug: string; name: string }[] };

/** The current project, truncated to fit the header; its full name shows in a tooltip on hover and focus. */
export function ProjectSwitcher({ current, projects }: Props) {
  return (
    <DropdownMenu>
      <Tooltip>
        <TooltipTrigger asChild>
          <DropdownMenuTrigger asChild>
            <Button
              variant="ghost"
              className="min-w-0 shrink gap-2 px-2 font-semibold sm:px-3"
              aria-label={`Project: ${current.name}. Switch project`}
            >
              <span className="truncate">{current.name}</span>
              <ChevronsUpDownIcon className="size-4 text-muted-foreground" aria-hidden />
            </Button>
          </DropdownMenuTrigger>
        </TooltipTrigger>
        <TooltipContent className="max-w-[min(20rem,calc(100vw-2rem))] break-words">
          {current.name}
        </TooltipContent>
      </Tooltip>
      <DropdownMenuContent align="start" className="w-64 max-w-[calc(100vw-1rem)]">
        <DropdownMenuLabel>Projects</DropdownMenuLabel>
        {projects.map((project) => (
          <DropdownMenuItem key={project.slug} asChild>
            <Link href={`/${project.slug}`} className="flex min-w-0 items-center justify-between">
              <span className="truncate">{project.name}</span>
              {project.slug === current.slug ? (
                <CheckIcon className="size-4" aria-label="Current project" />
              ) : null}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/new">
            <PlusIcon className="size-4" aria-hidden /> New project
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
