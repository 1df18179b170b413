package dev.claudit.extract.docker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exec form of a Dockerfile instruction: a JSON array of strings ({@code ["sh", "-c", "..."]}). Each
 * element keeps where its characters sit in the file, escapes included, so a script inside it maps back
 * exactly. Anything that is not such an array is shell form, as Docker decides it.
 */
final class ExecForm {

    private final String s;
    private final int[] offsets;
    private int i;

    private ExecForm(String s, int[] offsets) {
        this.s = s;
        this.offsets = offsets;
    }

    /** The elements, or null when {@code body} is not a JSON array of strings. */
    static List<DockerfileExtractor.Element> parse(String body, int[] offsets) {
        return new ExecForm(body, offsets).array();
    }

    private List<DockerfileExtractor.Element> array() {
        blanks();
        if (i >= s.length() || s.charAt(i) != '[') return null;
        i++;
        List<DockerfileExtractor.Element> out = new ArrayList<>();
        blanks();
        if (i < s.length() && s.charAt(i) == ']') return end(out);
        while (true) {
            blanks();
            DockerfileExtractor.Element e = string();
            if (e == null) return null;
            out.add(e);
            blanks();
            if (i >= s.length()) return null;
            char c = s.charAt(i++);
            if (c == ']') return end(out);
            if (c != ',') return null;
        }
    }

    private List<DockerfileExtractor.Element> end(List<DockerfileExtractor.Element> out) {
        blanks();
        return i == s.length() ? out : null;
    }

    private DockerfileExtractor.Element string() {
        if (i >= s.length() || s.charAt(i) != '"') return null;
        int quote = offsets[i];
        i++;
        StringBuilder sb = new StringBuilder();
        int[] at = new int[16];
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return new DockerfileExtractor.Element(sb.toString(), Arrays.copyOf(at, sb.length()), quote);
            }
            if (c < 0x20) return null;
            int from = offsets[i];
            if (c == '\\') {
                if (i + 1 >= s.length()) return null;
                char e = s.charAt(i + 1);
                char out;
                int len = 2;
                switch (e) {
                    case '"', '\\', '/' -> out = e;
                    case 'b' -> out = '\b';
                    case 'f' -> out = '\f';
                    case 'n' -> out = '\n';
                    case 'r' -> out = '\r';
                    case 't' -> out = '\t';
                    case 'u' -> {
                        if (i + 6 > s.length()) return null;
                        try {
                            out = (char) Integer.parseInt(s.substring(i + 2, i + 6), 16);
                        } catch (NumberFormatException x) {
                            return null;
                        }
                        len = 6;
                    }
                    default -> {
                        return null;
                    }
                }
                at = DockerfileExtractor.grow(at, sb.length() + 1);
                at[sb.length()] = from;
                sb.append(out);
                i += len;
            } else {
                at = DockerfileExtractor.grow(at, sb.length() + 1);
                at[sb.length()] = from;
                sb.append(c);
                i++;
            }
        }
        return null;
    }

    private void blanks() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
}
