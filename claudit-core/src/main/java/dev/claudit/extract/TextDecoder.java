package dev.claudit.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes to text: honours UTF-8 and UTF-16 byte-order marks; recognises binary files by NUL bytes. A
 * UTF-16 mark counts only when what follows reads as UTF-16 text (see {@link #encoding}): a stray {@code FF FE} in
 * front of an ASCII file would otherwise turn every key in it into CJK characters.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** The decoded text, or null for a binary file. Invalid UTF-8 is replaced, never fatal; {@code lossy} says so. */
    public record Decoded(String text, boolean lossy) {
    }

    /** How a file's bytes are text, and how many bytes of mark come first. */
    public enum Encoding {
        UTF_8(0, StandardCharsets.UTF_8), UTF_8_MARKED(3, StandardCharsets.UTF_8),
        UTF_16LE(2, StandardCharsets.UTF_16LE), UTF_16BE(2, StandardCharsets.UTF_16BE);

        public final int mark;
        public final java.nio.charset.Charset charset;

        Encoding(int mark, java.nio.charset.Charset charset) {
            this.mark = mark;
            this.charset = charset;
        }

        public boolean utf16() {
            return this == UTF_16LE || this == UTF_16BE;
        }
    }

    /** How many leading bytes {@link #encoding} looks at to confirm a UTF-16 mark. */
    public static final int PROBE = 8192;

    /**
     * The encoding of a file that starts with {@code head[0, n)}. A UTF-16 mark is taken at its word only when the
     * bytes after it decode as UTF-16 without unpaired surrogates or NUL characters, and hold some ASCII character
     * (a line end, a space, an '=') — unless they are not UTF-8 either. Text in UTF-16 always has some; ASCII bytes
     * read as UTF-16 never do, since neither byte of a pair is zero.
     */
    public static Encoding encoding(byte[] head, int n) {
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) return Encoding.UTF_8_MARKED;
        if (n < 2) return Encoding.UTF_8;
        int b0 = head[0] & 0xff;
        int b1 = head[1] & 0xff;
        Encoding marked = b0 == 0xFF && b1 == 0xFE ? Encoding.UTF_16LE : b0 == 0xFE && b1 == 0xFF ? Encoding.UTF_16BE : null;
        if (marked == null) return Encoding.UTF_8;
        int end = 2 + ((Math.min(n, PROBE) - 2) & ~1);
        boolean le = marked == Encoding.UTF_16LE;
        boolean ascii = end == 2; // a mark alone is an empty UTF-16 file
        for (int i = 2; i < end; i += 2) {
            char c = (char) (le ? (head[i] & 0xff) | (head[i + 1] & 0xff) << 8 : (head[i] & 0xff) << 8 | (head[i + 1] & 0xff));
            if (c == 0) return Encoding.UTF_8;
            if (c < 0x80) ascii = true;
            if (Character.isHighSurrogate(c)) {
                if (i + 2 >= end) break; // cut by the probe
                char d = (char) (le ? (head[i + 2] & 0xff) | (head[i + 3] & 0xff) << 8 : (head[i + 2] & 0xff) << 8 | (head[i + 3] & 0xff));
                if (!Character.isLowSurrogate(d)) return Encoding.UTF_8;
                i += 2;
            } else if (Character.isLowSurrogate(c)) {
                return Encoding.UTF_8;
            }
        }
        return ascii || !utf8Prefix(head, 2, Math.min(n, PROBE)) ? marked : Encoding.UTF_8;
    }

    /** Whether {@code b[from, to)} is valid UTF-8, allowing a sequence cut at {@code to}. */
    private static boolean utf8Prefix(byte[] b, int from, int to) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(to - from);
        return !d.decode(ByteBuffer.wrap(b, from, to - from), out, false).isError();
    }

    public static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        Encoding e = encoding(bytes, n);
        if (e == Encoding.UTF_8_MARKED) return utf8(bytes, 3);
        if (e.utf16()) return new Decoded(new String(bytes, 2, n - 2, e.charset), false);
        int probe = Math.min(n, PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) return null;
        }
        return utf8(bytes, 0);
    }

    /**
     * A file's bytes, from its start, as UTF-8 without the mark: what {@link LargeFileScanner} streams. UTF-16 is
     * decoded as it is read (unpaired surrogates become U+FFFD) and encoded again, a few KiB at a time.
     */
    public static java.io.InputStream asUtf8(java.io.InputStream in, Encoding e) throws java.io.IOException {
        in.skipNBytes(e.mark);
        if (!e.utf16()) return in;
        java.io.Reader chars = new java.io.InputStreamReader(in, e.charset);
        java.nio.charset.CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new java.io.InputStream() {
            private final java.nio.CharBuffer pending = java.nio.CharBuffer.allocate(8192).flip();
            private final ByteBuffer out = ByteBuffer.allocate(8192 * 3 + 16).flip();
            private boolean eof;

            @Override
            public int read() throws java.io.IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (len == 0) return 0;
                while (!out.hasRemaining()) {
                    if (eof && !pending.hasRemaining()) return -1;
                    if (!eof) {
                        pending.compact();
                        int r = chars.read(pending);
                        if (r < 0) eof = true;
                        pending.flip();
                    }
                    out.clear();
                    // a high surrogate at the end of what was read waits for its pair, unless the file ended there
                    enc.encode(pending, out, eof);
                    out.flip();
                }
                int n = Math.min(len, out.remaining());
                out.get(b, off, n);
                return n;
            }

            @Override
            public void close() throws java.io.IOException {
                chars.close();
            }
        };
    }

    private static Decoded utf8(byte[] bytes, int offset) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(s, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8), true);
        }
    }
}
