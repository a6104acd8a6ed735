import { redirect } from "next/navigation";
import { listProjectsForUser } from "@/db/queries/projects";
import { requireUser } from "@/lib/session";

export default async function HomePage() {
  const user = await requireUser();
  const [first] = await listProjectsForUser({ userId: user.id });
  redirect(first ? `/${first.slug}` : "/new");
}
