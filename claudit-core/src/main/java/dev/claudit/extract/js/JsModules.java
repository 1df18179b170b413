package dev.claudit.extract.js;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The names by which JS/TS modules of one project import each other's constants: a module is known by its path without
 * extension ({@code js:src/lib/config}) and by each shorter suffix ({@code js:lib/config}, {@code js:config}), so an
 * import through a path alias ({@code @/lib/config}, {@code ~/lib/config}) finds it without reading tsconfig; a name
 * two modules share is left unresolved by the project.
 */
final class JsModules {

    private static final String PREFIX = "js:";
    private static final List<String> EXTENSIONS = List.of(".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs");

    private JsModules() {
    }

    /** The names of the module at {@code path}. */
    static List<String> names(String path) {
        String p = withoutExtension(path.replace('\\', '/'));
        List<String> out = new ArrayList<>();
        add(out, p);
        if (p.endsWith("/index")) add(out, p.substring(0, p.length() - "/index".length()));
        return out;
    }

    private static void add(List<String> out, String p) {
        for (int i = 0; i >= 0; i = p.indexOf('/', i) < 0 ? -1 : p.indexOf('/', i) + 1) {
            String suffix = p.substring(i);
            if (!suffix.isEmpty()) out.add(PREFIX + suffix);
        }
    }

    /**
     * The name of the module {@code specifier} imported from {@code importer} names: a relative path resolved against
     * the importer's folder, an alias ({@code @/x}, {@code ~/x}, {@code #/x}, SvelteKit's {@code $lib/x}) taken from after it; null for a package.
     */
    static String scope(String importer, String specifier) {
        String s = specifier.replace('\\', '/');
        String base;
        if (s.startsWith("./") || s.startsWith("../")) {
            int slash = importer.replace('\\', '/').lastIndexOf('/');
            base = normalize((slash < 0 ? "" : importer.substring(0, slash + 1)) + s);
            if (base == null) return null;
        } else if (s.startsWith("@/") || s.startsWith("~/") || s.startsWith("#/")) {
            base = normalize(s.substring(2));
        } else if (s.startsWith("$lib/")) {
            base = normalize(s.substring(1)); // SvelteKit's src/lib
        } else {
            return null;
        }
        return base == null || base.isEmpty() ? null : PREFIX + withoutExtension(base);
    }

    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null; // above the scan root
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String withoutExtension(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        for (String e : EXTENSIONS) if (lower.endsWith(e)) return p.substring(0, p.length() - e.length());
        return p;
    }
}
