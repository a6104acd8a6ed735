import { SettingsNav } from "@/components/dashboard/settings-nav";

export default async function SettingsLayout({ children, params }: LayoutProps<"/[slug]/settings">) {
  const { slug } = await params;
  return (
    <div className="grid gap-8 md:grid-cols-[200px_1fr]">
      <aside>
        <h1 className="mb-4 font-semibold text-xl">Settings</h1>
        <SettingsNav slug={slug} />
      </aside>
      <section className="min-w-0">{children}</section>
    </div>
  );
}
