package dev.claudit.extract.js;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code <script>} blocks of Vue and Svelte files: what the old regex found, in a number of steps linear in the file. */
class ScriptBlocksTest {

    private static final Pattern REGEX = Pattern.compile("(?is)<script\\b[^>]*>(.*?)</script\\s*>");

    @Test
    void findsWhatTheRegexFinds() {
        Random random = new Random(12);
        String[] parts = {"<script>", "<script setup lang=\"ts\">", "</script>", "</SCRIPT  \n>", "</script", "<scripts>",
                "<Script\n>", "<template><div/></template>", "const k = 1;", "<", ">", " ", "\n", "</scriptx>", "<script"};
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) sb.append(parts[random.nextInt(parts.length)]);
            String text = sb.toString();
            assertThat(blocks(ScriptBlocks.find(text))).as(text).isEqualTo(regex(text));
        }
    }

    /** Attack: openings never closed, or never ended by '>', made the regex rescan the rest of the file for each one. */
    @Test
    void manyUnclosedScriptTagsAreReadInLinearSteps() {
        for (String opening : List.of("<script>", "<script ", "<script></script", "<script>x</scripty>")) {
            Counting text = new Counting(opening.repeat(200_000 / opening.length()));
            ScriptBlocks.find(text);
            assertThat(text.reads).as(opening).isLessThan(20L * text.length());
        }
    }

    private static List<String> blocks(List<int[]> found) {
        List<String> out = new ArrayList<>();
        for (int[] b : found) out.add(b[0] + "-" + b[1]);
        return out;
    }

    private static List<String> regex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = REGEX.matcher(text);
        while (m.find()) out.add(m.start(1) + "-" + m.end(1));
        return out;
    }

    /** Text that counts how often a character of it is read. */
    private static final class Counting implements CharSequence {
        final String s;
        long reads;

        Counting(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += s.length();
            return s;
        }
    }
}
