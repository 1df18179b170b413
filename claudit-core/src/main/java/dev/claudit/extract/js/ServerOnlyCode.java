package dev.claudit.extract.js;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a JS/TS file runs only on a server, so nothing it reads ends up in a browser bundle: a Next.js API
 * route or route handler, a server action module, a {@code *.server.ts} module, serverless functions, a Node
 * script (shebang, Node built-ins, a server framework), a module reading SvelteKit's private environment.
 */
final class ServerOnlyCode {

    /** Paths whose code a bundler never ships to the browser. */
    private static final Pattern SERVER_PATH = Pattern.compile(
            "(^|.*/)(pages/api|app/api|netlify/functions|supabase/functions|server|servers|backend|scripts|bin|lambda|lambdas)/.*"
                    + "|(^|.*/)\\+?(route|middleware|server)\\.[cm]?[jt]sx?"
                    + "|.*\\.server\\.[cm]?[jt]sx?"
                    + "|(^|.*/)[^/]+\\.config\\.[cm]?[jt]s");
    /** Modules no browser bundle can contain, or that mark a module as server-only. */
    private static final Set<String> SERVER_MODULES = Set.of("server-only", "fs", "fs/promises", "child_process", "http", "https",
            "net", "express", "fastify", "koa", "@nestjs/common", "@nestjs/core", "next/server", "@vercel/node", "@netlify/functions",
            "aws-lambda", "dotenv", "dotenv/config", "$env/static/private", "$env/dynamic/private");
    private static final Set<String> ROUTE_HANDLERS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private ServerOnlyCode() {
    }

    static boolean is(String path, String text, List<JsToken> t) {
        String p = path.toLowerCase(Locale.ROOT);
        if (SERVER_PATH.matcher(p).matches()) return true;
        if (text.startsWith("#!")) return true;
        if (!t.isEmpty() && t.get(0).kind() == JsToken.Kind.STRING && t.get(0).text().equals("use server")) return true;
        for (int i = 0; i < t.size(); i++) {
            JsToken k = t.get(i);
            if (k.is("from") || k.is("import") && !is(t, i + 1, "(") || k.is("require") && is(t, i + 1, "(")) {
                int s = k.is("require") ? i + 2 : i + 1;
                if (s < t.size() && t.get(s).kind() == JsToken.Kind.STRING && serverModule(t.get(s).text())) return true;
            }
            if (k.is("export") && routeHandler(t, i + 1)) return true;
        }
        return false;
    }

    private static boolean serverModule(String m) {
        return m.startsWith("node:") || SERVER_MODULES.contains(m);
    }

    /** {@code export async function POST(}, {@code export const GET =}: a Next.js route handler. */
    private static boolean routeHandler(List<JsToken> t, int i) {
        if (is(t, i, "async")) i++;
        if (is(t, i, "function") || is(t, i, "const")) return i + 1 < t.size() && ROUTE_HANDLERS.contains(t.get(i + 1).text())
                && t.get(i + 1).isIdent();
        return false;
    }

    private static boolean is(List<JsToken> t, int i, String text) {
        return i < t.size() && t.get(i).is(text);
    }
}
