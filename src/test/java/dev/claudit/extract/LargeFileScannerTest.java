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
