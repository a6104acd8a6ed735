import { AppHeader } from "@/components/dashboard/app-header";
import { requireUser } from "@/lib/session";

export default async function AccountLayout({ children }: LayoutProps<"/account">) {
  const user = await requireUser();
  return (
    <div className="min-h-screen">
      <AppHeader user={user} />
      <main className="mx-auto max-w-3xl px-4 py-8 outline-none">{children}</main>
    </div>
  );
}
