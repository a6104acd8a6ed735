import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { endSession } from "@/db/queries/sessions";
import { getUserByEmail, upsertOAuthUser } from "@/db/queries/users";
import { requestFacts } from "@/lib/account/request-facts";
import { isSessionLive, startSession } from "@/lib/account/session-check";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/account/session-policy";
import { authLogger } from "@/lib/auth-logger";
import { authSecret } from "@/lib/auth-secret";
import { sameOriginRedirect } from "@/lib/callback-path";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { verifyAgainstDummy, verifyPassword } from "@/lib/password";
import { attemptSignIn } from "@/lib/rate-limit/login-throttle";
import { loginSchema } from "@/lib/validation";

/** A sign-in refused unchecked: too many attempts for this email or from this address (code in the URL). */
export class LoginThrottledError extends CredentialsSignin {
  code = "throttled";
}

/** Which OAuth providers are configured; the login page shows a button for each. */
export function oauthProviders(): { id: "github" | "google"; name: string }[] {
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET, AUTH_GOOGLE_ID, AUTH_GOOGLE_SECRET } = env();
  return [
    ...(AUTH_GITHUB_ID && AUTH_GITHUB_SECRET ? [{ id: "github" as const, name: "GitHub" }] : []),
    ...(AUTH_GOOGLE_ID && AUTH_GOOGLE_SECRET ? [{ id: "google" as const, name: "Google" }] : []),
  ];
}

const credentials = Credentials({
  credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
  async authorize(input, request) {
    const parsed = loginSchema.safeParse(input);
    if (!parsed.success) return null;
    const { email, password } = parsed.data;
    const address = clientAddress(request.headers);
    // Counted before the password is checked, so parallel attempts cannot all slip under the limit.
    const attempt = await attemptSignIn({ email, address }, async () => {
      const user = await getUserByEmail({ email });
      const valid =
        user?.passwordHash && !user.isMachine
          ? await verifyPassword(password, user.passwordHash)
          : await verifyAgainstDummy(password);
      return user && valid ? user : null;
    });
    if (attempt.throttled) {
      logger().info({ event: "login_throttled", address }, "sign-in throttled");
      throw new LoginThrottledError();
    }
    const user = attempt.value;
    if (!user) {
      logger().info({ event: "login_failed", address }, "sign-in failed");
      return null;
    }
    return { id: user.id, name: user.name, email: user.email };
  },
});

function config(): NextAuthConfig {
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET, AUTH_GOOGLE_ID, AUTH_GOOGLE_SECRET } = env();
  return {
    secret: authSecret(),
    trustHost: true,
    logger: authLogger(logger),
    // The cookie carries only the user and the session row's id (`sid`); every read checks the row.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      credentials,
      ...(AUTH_GITHUB_ID && AUTH_GITHUB_SECRET
        ? [GitHub({ clientId: AUTH_GITHUB_ID, clientSecret: AUTH_GITHUB_SECRET })]
        : []),
      ...(AUTH_GOOGLE_ID && AUTH_GOOGLE_SECRET
        ? [Google({ clientId: AUTH_GOOGLE_ID, clientSecret: AUTH_GOOGLE_SECRET })]
        : []),
    ],
    callbacks: {
      redirect: sameOriginRedirect,
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return false;
        const local = await upsertOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          name: user.name ?? user.email,
          image: user.image ?? null,
        });
        if (!local) return "/login?error=OAuthAccountNotLinked";
        user.id = local.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user?.id)
          return { ...token, sub: user.id, sid: await startSession(user.id, await requestFacts()) };
        return (await isSessionLive(token)) ? token : null;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        if (typeof token.sid === "string") session.sessionId = token.sid;
        return session;
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endSession({ id: sid });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

declare module "next-auth" {
  interface Session {
    /** The row in `sessions` behind this cookie (not a credential on its own). */
    sessionId?: string;
  }
}
