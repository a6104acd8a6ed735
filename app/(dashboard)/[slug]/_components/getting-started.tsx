import { ChevronDown, Circle, CircleCheck } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ProjectHome } from "@/db/queries/project-home";

type Step = { title: string; done: boolean; hint: ReactNode };

type Props = { checklist: ProjectHome["checklist"]; projectSlug: string };

/** Create a key → make a first request → invite a teammate; folded away once all three are done. */
export function GettingStarted({ checklist, projectSlug }: Props) {
  const steps: Step[] = [
    {
      title: "Create an API key",
      done: checklist.createdKey,
      hint: "A secret key lets your code call this project's API. It is shown once.",
    },
    {
      title: "Make a first request",
      done: checklist.madeRequest,
      hint: (
        <>
          Call the API with your key, for example <code className="font-mono text-xs">GET /api/links</code>.{" "}
          {/* Not "API reference": the header links there by that name. */}
          <Link
            href={`/${projectSlug}/api-reference`}
            className="text-foreground underline underline-offset-4"
          >
            See every route
          </Link>
        </>
      ),
    },
    {
      title: "Invite a teammate",
      done: checklist.invitedTeammate,
      hint: "Owners invite people by email from Settings › People.",
    },
  ];
  const doneCount = steps.filter((step) => step.done).length;
  const allDone = doneCount === steps.length;

  return (
    <details
      open={!allDone}
      className="group rounded-xl border bg-card text-card-foreground shadow-sm [&_summary::-webkit-details-marker]:hidden"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded-xl px-6 py-4 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
        <span className="grid gap-0.5">
          <span className="font-semibold">Getting started</span>
          <span className="text-muted-foreground text-sm">
            {allDone ? "All done. Your project is set up." : `${doneCount} of ${steps.length} done`}
          </span>
        </span>
        <ChevronDown aria-hidden className="size-4 shrink-0 transition-transform group-open:rotate-180" />
      </summary>
      <ol aria-label="Getting started" className="grid gap-4 px-6 pb-6">
        {steps.map((step) => (
          <li key={step.title} className="flex gap-3">
            {step.done ? (
              <CircleCheck
                aria-hidden
                className="mt-0.5 size-5 shrink-0 text-emerald-600 dark:text-emerald-400"
              />
            ) : (
              <Circle aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
            )}
            <div className="grid min-w-0 gap-0.5">
              <span className={step.done ? "font-medium text-muted-foreground line-through" : "font-medium"}>
                <span className="sr-only">{step.done ? "Done: " : "To do: "}</span>
                {step.title}
              </span>
              {step.done ? null : <p className="break-words text-muted-foreground text-sm">{step.hint}</p>}
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}
