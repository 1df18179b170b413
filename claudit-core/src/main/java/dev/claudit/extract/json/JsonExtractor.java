package dev.claudit.extract.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.claudit.extract.Extractor;
import dev.claudit.extract.FactSink;
import dev.claudit.extract.docs.DocsExtractor;
import dev.claudit.extract.LineIndex;
import dev.claudit.facts.ObjectShape;
import dev.claudit.extract.UnparsableText;
import dev.claudit.extract.ValueText;
import dev.claudit.extract.shell.ShellExtractor;
import dev.claudit.facts.Header;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON (and JSONC: comments, trailing commas) with Jackson's streaming parser, which reports where
 * each token starts. Every scalar member becomes a {@link Setting} under its dotted key path
 * ({@code mcpServers.anthropic.env.ANTHROPIC_API_KEY}, {@code Anthropic.ApiKey}); every string is a literal,
 * with {@code ${X}} / {@code ${X:-default}} read as references (as {@code .mcp.json} expands them). Objects
 * shaped like an HTTP request — a {@code url} with {@code headers} as an object, or Postman's {@code url.raw}
 * with a {@code header} list of {@code {key, value}} — become HTTP calls whose headers may be completed
 * elsewhere (collection auth, client defaults). {@code package.json} {@code scripts} are read as shell.
 */
public final class JsonExtractor implements Extractor {

    /**
     * Field names are neither interned nor canonicalized: the walk compares names with {@code equals}, and a
     * tokenizer's vocabulary (30,000 distinct names a file, ten such files in langchain4j) only churned Jackson's
     * 180-entry intern cache, {@code String.intern} and the symbol table's rehashing.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build())
            .build();

    /** What a container is to the request it may belong to. */
    private enum Role { PLAIN, HEADERS, HEADER_LIST, HEADER_ITEM, URL }

    /** An object or array being read. */
    private static final class Frame {
        final boolean object;
        final String path;
        final Role role;
        String key;
        /** Where the current key's opening quote is; its span is worked out only when a setting or header needs it. */
        int keyOffset;
        Location keyLoc;
        int index;
        Value url;
        final List<Header> headers = new ArrayList<>();
        boolean hasHeaders;
        String itemName;
        Value itemValue;
        Location itemLoc;
        boolean itemDisabled;
        /** Members by normalized key, with string values ({@code ""} for others): what the object is. */
        final Map<String, String> members = new HashMap<>();
        /** A JSON Schema {@code if} here selects another platform's provider: what its {@code then} allows is that platform's. */
        boolean otherPlatformCondition;
        /** Strings that may name a model, with the normalized key they are the value of: given a role when the frame closes. */
        final List<Map.Entry<Location, String>> modelStrings = new ArrayList<>();
        /**
         * The numeric members of an object that has held nothing else so far, not yet given to the sink, in order;
         * null once it holds another kind of member (they went to the sink then) or once it is a {@link #table}.
         */
        List<Setting> numbers;
        /** Its first {@link Walk#TABLE_MEMBERS} members were all numbers: data, whose numbers are no settings. */
        boolean table;

        Frame(boolean object, String path, Role role) {
            this.object = object;
            this.numbers = object ? new ArrayList<>() : null; // an array's numbers are no settings
            this.path = path;
            this.role = role;
        }

        String child() {
            String k = object ? key : String.valueOf(index);
            if (k == null) return path;
            return path.isEmpty() ? k : path + "." + k;
        }
    }

    @Override
    public void extract(String path, String text, FactSink sink) throws UnparsableText, IOException {
        // claudit's own baseline or JSON report quotes what it found (masked keys, URLs, model ids) in messages that
        // are not settings; the lexical credential scan, which ran before, still sees a real key pasted into one
        if (isClauditOutput(text)) return;
        LineIndex lines = new LineIndex(path, text);
        boolean packageJson = path.equals("package.json") || path.endsWith("/package.json");
        try (JsonParser p = FACTORY.createParser(text)) {
            new Walk(path, text, lines, sink, p, packageJson).run();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UnparsableText("JSON", at == null ? 0 : Math.max(1, at.getLineNr()), "syntax error");
        }
    }

    /**
     * A file written by {@code claudit scan --write-baseline} or {@code --format json}: an object that starts with
     * {@code version} and {@code findings}, a list of objects that start with {@code ruleId} — however it is indented.
     */
    static boolean isClauditOutput(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME || !"version".equals(p.currentName())) return false;
            JsonToken version = p.nextToken();
            if (version != JsonToken.VALUE_NUMBER_INT && version != JsonToken.VALUE_STRING) return false;
            if (p.nextToken() != JsonToken.FIELD_NAME || !"findings".equals(p.currentName()) || p.nextToken() != JsonToken.START_ARRAY) return false;
            JsonToken first = p.nextToken();
            return first == JsonToken.END_ARRAY
                    || first == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME && "ruleId".equals(p.currentName());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static final class Walk {
        final String path;
        final String text;
        final LineIndex lines;
        final FactSink sink;
        final JsonParser p;
        final boolean packageJson;
        final Deque<Frame> stack = new ArrayDeque<>();

        /**
         * An object whose first this many members are all numbers is a table of data (a tokenizer's vocabulary of
         * 30,000 words, ids or counts by name), not configuration: its numbers are not settings. No rule reads a
         * number there, and a vocabulary names every keyword (ten in langchain4j made 300,000 settings). Its other
         * members, if any, still are.
         */
        static final int TABLE_MEMBERS = 1000;

        /** A block of a docs page: its schemas describe fields. */
        final boolean docsPage;

        Walk(String path, String text, LineIndex lines, FactSink sink, JsonParser p, boolean packageJson) {
            this.path = path;
            this.docsPage = DocsExtractor.isDocsPage(path);
            this.text = text;
            this.lines = lines;
            this.sink = sink;
            this.p = p;
            this.packageJson = packageJson;
        }

        void run() throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                Frame top = stack.peek();
                switch (t) {
                    case START_OBJECT, START_ARRAY -> open(top, t == JsonToken.START_OBJECT);
                    case END_OBJECT, END_ARRAY -> close(stack.pop());
                    case FIELD_NAME -> {
                        top.key = p.currentName();
                        top.keyOffset = offset();
                        top.keyLoc = null; // a table's 30,000 keys need none
                    }
                    case VALUE_STRING -> string(top, p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(top, p.getText(), true);
                    case VALUE_TRUE, VALUE_FALSE -> scalar(top, p.getText(), false);
                    default -> advance(top);
                }
            }
        }

        void open(Frame parent, boolean object) {
            String childPath = parent == null ? "" : parent.child();
            if (parent != null && parent.object && parent.key != null) {
                parent.members.putIfAbsent(ObjectShape.normalize(parent.key), "");
                mixed(parent);
            }
            Role role = Role.PLAIN;
            if (parent != null) {
                String k = parent.object && parent.key != null ? parent.key.toLowerCase(Locale.ROOT) : "";
                if ((k.equals("headers") || k.equals("header")) && parent.role == Role.PLAIN) role = object ? Role.HEADERS : Role.HEADER_LIST;
                else if (k.equals("url") && object && parent.role == Role.PLAIN) role = Role.URL;
                else if (parent.role == Role.HEADER_LIST && object) role = Role.HEADER_ITEM;
            }
            stack.push(new Frame(object, childPath, role));
        }

        void close(Frame f) {
            Frame parent = stack.peek();
            mixed(f); // fewer numbers than a table's: settings after all
            roles(f);
            if (f.url != null && f.hasHeaders) {
                sink.call(new HttpCall(f.url, f.headers, false, HttpCall.Api.JSON, false, f.url.location()));
            }
            if (parent != null) {
                switch (f.role) {
                    case HEADERS -> parent.hasHeaders = true;
                    case HEADER_LIST -> parent.hasHeaders = true;
                    case HEADER_ITEM -> {
                        if (f.itemName != null && f.itemValue != null && !f.itemDisabled) {
                            Frame request = stack.size() > 1 ? secondFromTop() : null;
                            if (request != null) request.headers.add(new Header(f.itemName, f.itemValue, f.itemLoc));
                        }
                    }
                    case URL -> {
                        if (f.url != null) parent.url = f.url;
                    }
                    default -> {
                    }
                }
            }
            advance(parent);
        }

        /**
         * Gives the model-like strings of a closing object or array their role: from the object's own members
         * (a request, a response, a table row, another platform's entry, a schema {@code default}), else from the
         * objects it is nested in (a response, an {@code example}, another platform's options).
         */
        void roles(Frame f) {
            if (f.modelStrings.isEmpty()) return;
            dev.claudit.facts.Role own = f.object ? ObjectShape.of(f.members) : null;
            dev.claudit.facts.Role inherited = null;
            for (Frame p : stack) {
                if (p.object && p.otherPlatformCondition && "then".equals(p.key)) inherited = dev.claudit.facts.Role.ELSEWHERE;
                if (inherited == null && p.object && p.key != null) inherited = ObjectShape.under(p.key);
                if (inherited == null) inherited = ObjectShape.inherited(p.members);
                if (inherited != null) break;
            }
            for (Map.Entry<Location, String> m : f.modelStrings) {
                dev.claudit.facts.Role r = own != null ? own : inherited;
                if (r == null && m.getValue().equals("default")) r = dev.claudit.facts.Role.CONFIGURED;
                // a schema's enum in a docs page's reference describes what the field accepts; in code it offers the ids
                if (r == null && !f.object && docsPage && DocsExtractor.isSchemaEnum(f.path)) r = dev.claudit.facts.Role.MENTIONED;
                if (r == null) r = ObjectShape.under(m.getValue());
                sink.role(m.getKey(), r);
            }
        }

        /** The frame under the top one: the request a headers object or header list belongs to. */
        Frame secondFromTop() {
            var it = stack.iterator();
            it.next();
            return it.next();
        }

        /** Matches the path of a JSON Schema condition on the provider: {@code …if.properties.provider.enum.0} or {@code ….const}. */
        private static final java.util.regex.Pattern PROVIDER_CONDITION =
                java.util.regex.Pattern.compile("(?:(.*)\\.)?if\\.properties\\.([^.]+)\\.(?:const|enum\\.\\d+)");

        /** A string inside a schema's {@code if} that names another platform's provider marks the object holding that {@code if}. */
        void providerCondition(Frame f, String raw) {
            java.util.regex.Matcher m = PROVIDER_CONDITION.matcher(f.child());
            if (!m.matches() || !ObjectShape.isProviderKey(ObjectShape.normalize(m.group(2))) || !ObjectShape.isOtherPlatform(raw)) return;
            String owner = m.group(1) == null ? "" : m.group(1);
            for (Frame p : stack) {
                if (p.object && p.path.equals(owner) && "if".equals(p.key)) {
                    p.otherPlatformCondition = true;
                    return;
                }
            }
        }

        /** {@code f} holds a member other than a number: it is no table, and its numbers so far go to the sink, in order. */
        void mixed(Frame f) {
            if (f.numbers == null) return;
            for (Setting s : f.numbers) sink.setting(s);
            f.numbers = null;
        }

        void string(Frame f, String raw) {
            if (f != null && f.object) mixed(f);
            if (f != null) providerCondition(f, raw);
            int at = offset();
            Location loc = stringSpan(at);
            Value value = ValueText.parse(raw, loc, false);
            if (value instanceof Value.Literal l) {
                sink.literal(l);
                if (f != null && ObjectShape.wantsRole(raw)) {
                    dev.claudit.facts.Role shape = ObjectShape.ofText(raw);
                    if (shape != null) sink.role(l.location(), shape);
                    else f.modelStrings.add(Map.entry(l.location(), f.object && f.key != null ? ObjectShape.normalize(f.key) : ""));
                }
            } else if (value instanceof Value.Concat c) c.parts().stream().filter(Value.Literal.class::isInstance).map(Value.Literal.class::cast).forEach(sink::literal);
            if (f == null) return;
            if (f.object && f.key != null) {
                String key = f.child();
                f.members.putIfAbsent(ObjectShape.normalize(f.key), raw);
                sink.setting(new Setting(key, value, Setting.Origin.JSON, Setting.Style.QUOTED, keyLoc(f)));
                String k = f.key.toLowerCase(Locale.ROOT);
                switch (f.role) {
                    case HEADERS -> {
                        Frame request = stack.size() > 1 ? secondFromTop() : null;
                        if (request != null) request.headers.add(new Header(new Value.Literal(f.key, keyLoc(f)), value, keyLoc(f)));
                    }
                    case HEADER_ITEM -> {
                        if (k.equals("key") || k.equals("name")) {
                            f.itemName = raw;
                            f.itemLoc = loc;
                        } else if (k.equals("value")) {
                            f.itemValue = value;
                        }
                    }
                    case URL -> {
                        if (k.equals("raw")) f.url = value;
                    }
                    default -> {
                        if (k.equals("url") || k.equals("uri")) f.url = value;
                    }
                }
                if (packageJson && key.startsWith("scripts.") && key.indexOf('.', 8) < 0) {
                    ShellExtractor.readEmbedded(raw, loc.line(), loc.column(), text, lines, sink);
                }
            }
            advance(f);
        }

        void scalar(Frame f, String raw, boolean number) {
            if (f != null && f.object && f.key != null) {
                if (!f.table) f.members.putIfAbsent(ObjectShape.normalize(f.key), ""); // a table's words say nothing of what it is
                if (!number) mixed(f);
                if (!(number && f.table)) {
                    Location loc = lines.span(offset(), raw.length());
                    Setting setting = new Setting(f.child(), new Value.Literal(raw, loc), Setting.Origin.JSON, Setting.Style.PLAIN, keyLoc(f));
                    if (f.numbers == null) sink.setting(setting);
                    else if (f.numbers.add(setting) && f.numbers.size() == TABLE_MEMBERS) {
                        f.table = true;
                        f.numbers = null;
                    }
                }
                if (f.role == Role.HEADER_ITEM && f.key.equals("disabled") && raw.equals("true")) f.itemDisabled = true;
            }
            advance(f);
        }

        void advance(Frame f) {
            if (f != null && !f.object) f.index++;
        }

        /** The span of the frame's current key, worked out once. */
        Location keyLoc(Frame f) {
            if (f.keyLoc == null) f.keyLoc = stringSpan(f.keyOffset);
            return f.keyLoc;
        }

        int offset() {
            return (int) p.currentTokenLocation().getCharOffset();
        }

        /** The characters between the quotes of the string token at {@code quote}. */
        Location stringSpan(int quote) {
            int i = quote + 1;
            while (i < text.length() && text.charAt(i) != '"') {
                if (text.charAt(i) == '\\') i++;
                i++;
            }
            int len = Math.max(0, Math.min(i, text.length()) - quote - 1);
            return len == 0 ? lines.span(quote, 1) : lines.span(quote + 1, len);
        }
    }
}
