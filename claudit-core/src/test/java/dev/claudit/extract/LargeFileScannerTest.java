package dev.claudit.extract;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.Value;
import dev.claudit.workspace.KeywordMatcher;
import dev.claudit.facts.Keywords;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed scan of large files finds what the whole-text scan finds, at the same places, whatever the window. */
class LargeFileScannerTest {

    static final String KEY = "sk-ant-api03-AvlHBR26g57W1dgEZ2o4tucxhbrprPyYMpGgZlJMCVt9rMTe4oospPpQLraEi1SqDdYsjSZzM5F1LwIQswXpB4WdHr5WgAA";
    static final KeywordMatcher KEYWORDS = KeywordMatcher.of(Keywords.builder().exact("sk-ant-").ignoringCase("anthropic").build());

    static FileFacts whole(String text) {
        FactSink sink = new FactSink("f", FileKind.TEXT);
        LexicalScanner.scan(text, new LineIndex("f", text), sink);
        return sink.toFacts();
    }

    static LargeFileScanner.Result streamed(String text, int window) throws IOException {
        return new LargeFileScanner(window).scan("f", FileKind.TEXT, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), KEYWORDS);
    }

    static List<String> tokens(FileFacts f) {
        return f.tokens().stream().map((Value.Literal t) -> t.location().line() + ":" + t.location().column() + "-" + t.location().endColumn()
                + " " + t.text()).toList();
    }

    @Test
    void findsKeysAcrossWindowsAtTheirPlaces() throws IOException {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(3);
        for (int line = 0; line < 4000; line++) {
            int kind = random.nextInt(50);
            if (kind == 0) sb.append("key = \"").append(KEY).append("\"; // claudit:ignore wrong-host");
            else if (kind == 1) sb.append("  \u00e9t\u00e9 \uD83D\uDE00 ").append(KEY);
            else sb.append("line ").append(line).append(" of some text that is long enough to matter".repeat(random.nextInt(4)));
            sb.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        String text = sb.toString();
        FileFacts expected = whole(text);
        assertThat(expected.tokens()).hasSizeGreaterThan(50);
        for (int window : new int[]{8192, 10_000, 65_536, 1 << 20}) {
            LargeFileScanner.Result r = streamed(text, window);
            assertThat(tokens(r.facts())).as("window %d", window).isEqualTo(tokens(expected));
            assertThat(r.facts().suppressions()).isEqualTo(expected.suppressions());
            assertThat(r.keywordSeen()).isTrue();
        }
    }

    @Test
    void aLineLongerThanTheWindowIsCutWithOverlap() throws IOException {
        // minified: one line of 100 KB with keys everywhere, also right across the cuts
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 100_000; i++) sb.append("x".repeat(37 + i % 200)).append(' ').append(KEY).append(' ');
        sb.append("\nsecond line ").append(KEY).append('\n');
        String text = sb.toString();
        FileFacts expected = whole(text);
        for (int window : new int[]{8192, 9000, 12_345}) {
            assertThat(tokens(streamed(text, window).facts())).as("window %d", window).isEqualTo(tokens(expected));
        }
    }

    @Test
    void keyStraddlingAWindowCutAfterStrayContinuationBytesIsFoundAtItsPlace() throws IOException {
        // one line, Latin-1 text read as UTF-8: bytes 0x80-0xBF that continue nothing (each decodes to U+FFFD),
        // then a key across the first cut (at the window size), then valid multibyte characters and a key across the next
        int window = 8192;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; out.size() < window - 60; i++) out.write(i % 3 == 0 ? 0xA9 : 'a' + i % 26);
        out.writeBytes((" " + KEY + " ").getBytes(StandardCharsets.UTF_8));
        while (out.size() < 2 * window - 50) out.writeBytes("\u00e9\u20ac".getBytes(StandardCharsets.UTF_8));
        out.writeBytes((" " + KEY + " ").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5000; i++) out.write(i % 7 == 0 ? 0xE2 : 0x82); // U+2082 and stray continuation bytes
        out.writeBytes((" " + KEY + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        FileFacts expected = whole(new String(bytes, StandardCharsets.UTF_8));
        assertThat(expected.tokens()).hasSize(3);
        for (int w : new int[]{window, window + 1, window + 2, window + 3, window + 7, 3 * window}) {
            LargeFileScanner.Result r = new LargeFileScanner(w).scan("f", FileKind.TEXT, new ByteArrayInputStream(bytes), KEYWORDS);
            assertThat(tokens(r.facts())).as("window %d", w).isEqualTo(tokens(expected));
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD) // it looped forever
    void aWindowOfNothingButContinuationBytesStillMovesOn() throws IOException {
        byte[] bytes = new byte[40_000];
        java.util.Arrays.fill(bytes, (byte) 0x80);
        byte[] key = (" " + KEY).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(key, 0, bytes, bytes.length - key.length, key.length);
        LargeFileScanner.Result r = new LargeFileScanner(8192).scan("f", FileKind.TEXT, new ByteArrayInputStream(bytes), KEYWORDS);
        assertThat(tokens(r.facts())).isEqualTo(tokens(whole(new String(bytes, StandardCharsets.UTF_8))));
    }

    @Test
    void loneCarriageReturnsCountAsLineEnds() throws IOException {
        String text = ("a\rb\r\n" + "z".repeat(5000) + "\r").repeat(10) + KEY + "\r\n" + KEY;
        assertThat(tokens(streamed(text, 8192).facts())).isEqualTo(tokens(whole(text)));
    }

    @Test
    void saysWhetherAnyKeywordWasSeen() throws IOException {
        assertThat(streamed("plain text\n".repeat(5000), 8192).keywordSeen()).isFalse();
        assertThat(streamed("plain text\n".repeat(5000) + "Anthropic", 8192).keywordSeen()).isTrue();
        assertThat(streamed("", 8192).facts().tokens()).isEmpty();
    }
}
