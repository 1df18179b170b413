package dev.claudit.extract;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.workspace.KeywordMatcher;
import dev.claudit.facts.Keywords;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The scan a file too large to parse gets: {@link LexicalScanner}'s credential and suppression scan, streamed
 * in windows of whole lines so memory stays bounded whatever the file's size. A line longer than a window is
 * cut with an overlap longer than any credential, so a key across the cut is still found, once.
 */
public final class LargeFileScanner {

    /** Longer than any credential format: a token that starts before a cut is read whole from the window. */
    static final int OVERLAP = 4096;
    private static final KeywordMatcher MARKS = KeywordMatcher.of(Keywords.builder()
            .exact(LexicalScanner.KEY_MARK, "claudit:ignore", "gitleaks:allow", "pragma: allowlist secret").build());

    private final int window;

    /** Reads {@code windowBytes} at a time (plus the overlap). */
    public LargeFileScanner(int windowBytes) {
        this.window = Math.max(windowBytes, 2 * OVERLAP);
    }

    /** The facts (tokens and suppressions only), and whether any window held a keyword of {@code keywords}. */
    public record Result(FileFacts facts, boolean keywordSeen) {
    }

    public Result scan(String path, FileKind kind, InputStream in, KeywordMatcher keywords) throws IOException {
        FactSink sink = new FactSink(path, kind);
        byte[] buf = new byte[window + OVERLAP];
        int len = 0;
        int lineOffset = 0;
        int columnOffset = 0;
        boolean eof = false;
        boolean seen = false;
        while (true) {
            while (!eof && len < buf.length) {
                int r = in.read(buf, len, buf.length - len);
                if (r < 0) eof = true;
                else len += r;
            }
            if (len == 0) break;
            int cut = eof ? len : lastLineEnd(buf, len);
            boolean hard = cut <= 0;
            if (hard) {
                // at a byte that is no continuation byte, where UTF-8 decoding restarts: the text on either side is
                // then what decoding the whole file gives. Behind a run of more than half the overlap of them (none
                // is part of a sequence, each is one U+FFFD) the cut stays where it is: backing further could reach
                // the start and never move on.
                cut = len - OVERLAP;
                int at = cut;
                while (at > cut - OVERLAP / 2 && (buf[at] & 0xC0) == 0x80) at--;
                if ((buf[at] & 0xC0) != 0x80) cut = at;
            }
            int end = hard ? len : cut;
            if (!seen) seen = keywords.test(buf, 0, end, kind);
            // [0, cut) is decoded on its own, exactly as the next window will not see it: its length in UTF-16 units
            // is the limit, whatever invalid bytes (one U+FFFD each) or multibyte characters it holds
            String head = null;
            if (MARKS.test(buf, 0, end, kind)) {
                head = new String(buf, 0, cut, StandardCharsets.UTF_8);
                String text = hard ? head + new String(buf, cut, end - cut, StandardCharsets.UTF_8) : head;
                LexicalScanner.scan(text, new LineIndex(path, text, lineOffset, columnOffset), sink, head.length());
            }
            // move the line and column of the next window's start past [0, cut)
            int lineStart = 0;
            for (int i = 0; i < cut; i++) {
                byte b = buf[i];
                if (b == '\n' || (b == '\r' && (i + 1 >= len || buf[i + 1] != '\n'))) {
                    lineOffset++;
                    lineStart = i + 1;
                }
            }
            if (lineStart > 0) columnOffset = 0;
            columnOffset += head != null && lineStart == 0 ? head.length() : utf16Length(buf, lineStart, cut);
            System.arraycopy(buf, cut, buf, 0, len - cut);
            len -= cut;
            if (eof && len == 0) break;
        }
        return new Result(sink.toFacts(), seen);
    }

    /** Just after the last LF in {@code buf[0, len)}, or 0 when there is none. */
    private static int lastLineEnd(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) if (buf[i] == '\n') return i + 1;
        return 0;
    }

    /** The UTF-16 length of {@code buf[from, to)} decoded as UTF-8 (invalid bytes included): ASCII is counted, the rest decoded. */
    private static int utf16Length(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] < 0) return i - from + new String(buf, i, to - i, StandardCharsets.UTF_8).length();
        }
        return to - from;
    }
}
