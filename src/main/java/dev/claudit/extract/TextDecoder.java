package dev.claudit.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes file bytes to text: honours UTF-8 and UTF-16 byte-order marks; recognises binary files by NUL bytes. */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** The decoded text, or null for a binary file. Invalid UTF-8 is replaced, never fatal; {@code lossy} says so. */
    public record Decoded(String text, boolean lossy) {
    }

    public static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return utf8(bytes, 3);
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), false);
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), false);
        }
        int probe = Math.min(n, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) return null;
        }
        return utf8(bytes, 0);
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
