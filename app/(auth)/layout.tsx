import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import { ThemeToggle } from "@/components/theme-toggle";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="relative flex min-h-screen items-center justify-center bg-muted/40 px-4 py-12">
      <div className="absolute top-3 right-3">
        <ThemeToggle />
      </div>
      <div className="grid w-full max-w-sm gap-6">
        <div className="flex justify-center">
          <Logo size={40} alt="CodeQR" />
        </div>
        {children}
      </div>
    </main>
  );
}
