import { SettingsNav } from "@/components/dashboard/settings-nav";

export default async function SettingsLayout({ children, params }: LayoutProps<"/[slug]/settings">) {
  const { slug } = await params;
  return (
    // minmax(0, …): a column never grows to its content, so the settings nav scrolls inside itself on phones.
    <div className="grid grid-cols-1 gap-6 md:grid-cols-[200px_minmax(0,1fr)] md:gap-8">
      <aside className="min-w-0">
        <h1 className="mb-4 font-semibold text-xl">Settings</h1>
        <SettingsNav slug={slug} />
      </aside>
      <section className="min-w-0">{children}</section>
    </div>
  );
}
