package dev.claudit.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as the bytes on disk say, whatever the locale. The JVM turns a name's bytes into a string with
 * {@code sun.jnu.encoding}, which comes from the locale: under {@code LC_ALL=C} every non-ASCII byte becomes U+FFFD,
 * so {@code clé.env} and {@code clö.env} both read {@code cl??.env}; under a UTF-8 locale a name that is not UTF-8
 * loses its odd bytes the same way. A name whose string holds U+FFFD is read again from its bytes (a path's URI
 * carries them, percent-encoded), decoded as UTF-8, and each byte that is not UTF-8 is written {@code \xNN}.
 */
public final class FileNames {

    private FileNames() {
    }

    /** A name the JVM's decoding may have lost bytes of. */
    static boolean lossy(String name) {
        return name.indexOf('\uFFFD') >= 0;
    }

    /** Whether {@code file}'s path has bytes that are not UTF-8 (shown as {@code \xNN}). */
    static boolean notUtf8(Path file) {
        if (!lossy(file.toString())) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(file.toAbsolutePath().toUri().getRawPath())));
            return false;
        } catch (java.nio.charset.CharacterCodingException e) {
            return true;
        }
    }

    /**
     * {@code file} relative to {@code root} (forward slashes), from the bytes of both; {@code null} when {@code file}
     * is not under {@code root}.
     */
    static String relative(Path root, Path file) {
        byte[] r = bytes(root.toAbsolutePath().toUri().getRawPath());
        byte[] f = bytes(file.toAbsolutePath().toUri().getRawPath());
        int n = r.length;
        if (n > 0 && r[n - 1] == '/') n--; // a directory's URI ends with a slash
        if (f.length <= n || f[n] != '/') return null;
        for (int i = 0; i < n; i++) if (r[i] != f[i]) return null;
        int end = f.length;
        if (f[end - 1] == '/') end--;
        byte[] rel = new byte[end - n - 1];
        System.arraycopy(f, n + 1, rel, 0, rel.length);
        return decode(rel);
    }

    /** A URI's raw path back to the bytes it percent-encodes. */
    private static byte[] bytes(String rawPath) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length()) {
                out.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    /** UTF-8, with each byte that is not part of a valid sequence written {@code \xNN}. */
    static String decode(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) out.put(String.format("\\x%02X", in.get() & 0xFF));
            }
        }
        d.flush(out);
        return out.flip().toString();
    }
}
