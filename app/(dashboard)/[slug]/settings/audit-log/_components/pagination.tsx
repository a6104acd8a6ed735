import Link from "next/link";
import { buttonVariants } from "@/components/ui/button-variants";
import { cn } from "@/lib/utils";

type Props = { page: number; totalPages: number; href: (page: number) => string };

export function Pagination({ page, totalPages, href }: Props) {
  const link = buttonVariants({ variant: "outline", size: "sm" });
  const disabled = cn(link, "pointer-events-none opacity-50");
  return (
    <nav aria-label="Audit log pages" className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, totalPages))} className={link} rel="prev">
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Previous
        </span>
      )}
      <span className="text-muted-foreground text-sm">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Next
        </span>
      )}
    </nav>
  );
}
