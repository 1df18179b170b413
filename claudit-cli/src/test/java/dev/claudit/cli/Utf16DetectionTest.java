package dev.claudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudit.extract.TextDecoder;
import dev.claudit.testkit.FakeCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks on encoding detection: a UTF-16 file over --max-file-size was streamed as UTF-8 (NUL between every letter:
 * no key), and an ASCII file that starts with a stray {@code FF FE} was decoded as UTF-16 (every key turned into
 * CJK characters). Both missed their key silently.
 */
class Utf16DetectionTest {

    @TempDir
    Path dir;

    @Test
    void utf16FileLargerThanMaxFileSizeIsStreamedAsUtf16() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            String key = FakeCredentials.apiKey();
            String text = "# filler\n".repeat(5000) + "ANTHROPIC_API_KEY=" + key + "\n" + "# more\n".repeat(3000);
            byte[] mark = cs == StandardCharsets.UTF_16LE ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF};
            Files.write(dir.resolve("big.env"), concat(mark, text.getBytes(cs)));
            assertThat(credentialLines("--max-file-size", "64K")).as(cs.name()).containsExactly(5001);
            assertThat(credentialLines()).as(cs.name() + " read whole").containsExactly(5001);
        }
    }

    @Test
    void asciiFileWithAStrayFfFeMarkIsReadAsUtf8() throws Exception {
        String key = FakeCredentials.apiKey();
        String text = "# config\nANTHROPIC_API_KEY=" + key + "\n";
        Files.write(dir.resolve("small.env"), concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.US_ASCII)));
        assertThat(credentialLines()).containsExactly(2);

        Files.delete(dir.resolve("small.env"));
        String big = "# filler\n".repeat(10_000) + "ANTHROPIC_API_KEY=" + key + "\n";
        Files.write(dir.resolve("big.env"), concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, big.getBytes(StandardCharsets.US_ASCII)));
        assertThat(credentialLines("--max-file-size", "64K")).containsExactly(10_001);
    }

    @Test
    void utf16MarksAreTakenWhenTheTextIsUtf16AndNotWhenItCannotBe() {
        byte[] cjk = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "鍵の設定\n値=1\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.encoding(cjk, cjk.length)).isEqualTo(TextDecoder.Encoding.UTF_16LE);
        byte[] emoji = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, "🔑=x\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.encoding(emoji, emoji.length)).isEqualTo(TextDecoder.Encoding.UTF_16BE);
        byte[] mark = {(byte) 0xFF, (byte) 0xFE};
        assertThat(TextDecoder.encoding(mark, 2)).isEqualTo(TextDecoder.Encoding.UTF_16LE);
        // NUL characters: a binary file that happens to start with FF FE stays binary
        byte[] binary = {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 0, 0};
        assertThat(TextDecoder.encoding(binary, binary.length)).isEqualTo(TextDecoder.Encoding.UTF_8);
        assertThat(TextDecoder.decode(binary)).isNull();
        // an unpaired low surrogate
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xDC, 'a', 0};
        assertThat(TextDecoder.encoding(broken, broken.length)).isEqualTo(TextDecoder.Encoding.UTF_8);
    }

    private List<Integer> credentialLines(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", dir.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        DemoEndToEndTest.Run run = DemoEndToEndTest.claudit(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        List<Integer> lines = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            if (f.get("ruleId").asText().equals("hardcoded-credential")) lines.add(f.get("line").asInt());
        }
        return lines;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
