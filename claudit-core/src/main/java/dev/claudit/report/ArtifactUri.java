package dev.claudit.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** SARIF artifact URIs: repo-relative paths and the scan root, percent-encoded per RFC 3986. */
final class ArtifactUri {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArtifactUri() {
    }

    /** A repo-relative path as a relative URI reference: {@code src/My File.java} → {@code src/My%20File.java}. */
    static String relative(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        return encode(p);
    }

    /** The scan root as a {@code file:} URI ending in {@code /}, as SARIF requires of a base URI. */
    static String directory(Path root) {
        String p = root.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (!p.startsWith("/")) p = "/" + p;
        if (!p.endsWith("/")) p = p + "/";
        return "file://" + encode(p);
    }

    /** Keeps unreserved characters and {@code /}; everything else (including {@code :}, which would read as a scheme) is escaped. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
