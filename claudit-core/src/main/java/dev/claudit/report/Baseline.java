package dev.claudit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudit.rules.Finding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings a team has accepted for now ({@code --write-baseline}), hidden from later scans ({@code --baseline}) as
 * suppressions of kind {@code external}. An entry is rule + path + {@link Fingerprints#partialFingerprint}, never a
 * line, so edits elsewhere in a file keep it hidden; a count says how many identical findings a file may hold. The
 * file is JSON with a {@code version}, sorted, without timestamps: the same findings always give the same bytes.
 */
public final class Baseline {

    public static final int VERSION = 1;
    static final String JUSTIFICATION = "accepted in the baseline";

    /** Identity of a baselined finding. */
    record Key(String ruleId, String path, String fingerprint) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::path).thenComparing(Key::ruleId)
                .thenComparing(Key::fingerprint);

        static Key of(Finding f) {
            // a key in a file or folder name is never written to the baseline
            return new Key(f.ruleId(), Masked.text(f.location().path(), f.secret()), Fingerprints.partialFingerprint(f));
        }
    }

    private record Entry(int count, String message) {
    }

    /** A baseline file that cannot be used; the message says why in one line. */
    public static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private final Map<Key, Entry> entries;

    private Baseline(Map<Key, Entry> entries) {
        this.entries = entries;
    }

    /** A baseline that accepts exactly these findings. */
    public static Baseline of(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(FindingOrder.ORDER);
        Map<Key, Entry> entries = new TreeMap<>(Key.ORDER);
        for (Finding f : sorted) {
            entries.merge(Key.of(f), new Entry(1, Masked.text(f.message(), f.secret())),
                    (a, b) -> new Entry(a.count() + 1, a.message()));
        }
        return new Baseline(entries);
    }

    /** How many findings it accepts. */
    public int size() {
        return entries.values().stream().mapToInt(Entry::count).sum();
    }

    /** The file's text; {@code message} is for people reading the file and is not used for matching. */
    public String render() {
        ObjectMapper mapper = PrettyJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("findings");
        entries.forEach((k, e) -> {
            ObjectNode n = list.addObject()
                    .put("ruleId", k.ruleId())
                    .put("path", k.path())
                    .put("fingerprint", k.fingerprint());
            if (e.count() > 1) n.put("count", e.count());
            n.put("message", e.message());
        });
        StringWriter out = new StringWriter();
        try {
            PrettyJson.write(mapper, root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads a baseline file's text. */
    public static Baseline parse(String text) throws Malformed {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Malformed("not valid JSON" + (line > 0 ? " at line " + line : ""));
        }
        if (root == null || !root.isObject()) throw new Malformed("expected a JSON object with 'version' and 'findings'");
        JsonNode version = root.get("version");
        if (version == null || !version.isInt()) throw new Malformed("no 'version' number");
        if (version.intValue() != VERSION) throw new Malformed("baseline version " + version.intValue() + " is not supported (expected " + VERSION + ")");
        JsonNode list = root.get("findings");
        if (list == null || !list.isArray()) throw new Malformed("no 'findings' list");
        Map<Key, Entry> entries = new TreeMap<>(Key.ORDER);
        int i = 0;
        for (JsonNode n : list) {
            String where = "findings[" + i++ + "]";
            if (!n.isObject()) throw new Malformed(where + " is not an object");
            Key key = new Key(text(n, "ruleId", where), text(n, "path", where), text(n, "fingerprint", where));
            JsonNode count = n.get("count");
            if (count != null && (!count.isInt() || count.intValue() < 1)) throw new Malformed(where + ".count must be a positive whole number");
            int c = count == null ? 1 : count.intValue();
            entries.merge(key, new Entry(c, null), (a, b) -> new Entry(a.count() + b.count(), a.message()));
        }
        return new Baseline(entries);
    }

    private static String text(JsonNode n, String field, String where) throws Malformed {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.textValue().isEmpty()) throw new Malformed(where + " has no '" + field + "'");
        return v.textValue();
    }

    /** The result with every accepted finding moved to {@code suppressed} (kind {@code external}). */
    public ScanResult apply(ScanResult result) {
        if (entries.isEmpty()) return result;
        Map<Key, Integer> left = new HashMap<>();
        entries.forEach((k, e) -> left.put(k, e.count()));
        List<Finding> shown = new ArrayList<>();
        List<ScanResult.Suppressed> suppressed = new ArrayList<>(result.suppressed());
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.sort(FindingOrder.ORDER);
        for (Finding f : findings) {
            Key k = Key.of(f);
            int n = left.getOrDefault(k, 0);
            if (n > 0) {
                left.put(k, n - 1);
                suppressed.add(new ScanResult.Suppressed(f, "external", JUSTIFICATION));
            } else {
                shown.add(f);
            }
        }
        suppressed.sort(Comparator.comparing(ScanResult.Suppressed::finding, FindingOrder.ORDER));
        return new ScanResult(result.rules(), shown, suppressed, result.notices(), result.filesScanned(),
                result.elapsedMillis(), result.version());
    }
}
