package dev.claudit.extract;

import dev.claudit.facts.ClientConfig;
import dev.claudit.facts.FileFacts;
import dev.claudit.facts.FileKind;
import dev.claudit.facts.HttpCall;
import dev.claudit.facts.Location;
import dev.claudit.facts.LogCall;
import dev.claudit.facts.Notice;
import dev.claudit.facts.Place;
import dev.claudit.facts.Role;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the facts of one file while its extractors run, then freezes them into {@link FileFacts}. */
public final class FactSink {

    private final String path;
    private final FileKind kind;
    final List<Value.Literal> literals = new ArrayList<>();
    final List<Value.Literal> tokens = new ArrayList<>();
    final List<Setting> settings = new ArrayList<>();
    final List<HttpCall> calls = new ArrayList<>();
    final List<ClientConfig> clients = new ArrayList<>();
    final List<LogCall> logs = new ArrayList<>();
    final Map<String, Value> symbols = new HashMap<>();
    final Map<Integer, Set<String>> suppressions = new HashMap<>();
    final List<Notice> notices = new ArrayList<>();
    private final Place place;
    final Map<Location, Role> roles = new HashMap<>();
    boolean mockedHttp;
    boolean serverOnly;

    public FactSink(String path, FileKind kind) {
        this(path, kind, Place.of(path));
    }

    public FactSink(String path, FileKind kind, Place place) {
        this.path = path;
        this.kind = kind;
        this.place = place;
    }

    public String path() {
        return path;
    }

    public void literal(Value.Literal v) {
        literals.add(v);
    }

    public void token(Value.Literal v) {
        tokens.add(v);
    }

    public void setting(Setting s) {
        settings.add(s);
    }

    public void call(HttpCall c) {
        calls.add(c);
    }

    public void client(ClientConfig c) {
        clients.add(c);
    }

    public void log(LogCall l) {
        logs.add(l);
    }

    /** What the literal at {@code at} is to the API; the first role given wins (the closest context decides). */
    public void role(Location at, Role role) {
        if (role != null) roles.putIfAbsent(at, role);
    }

    /** How many literals were collected so far: a mark for {@link #roleSince}. */
    public int literalCount() {
        return literals.size();
    }

    /** Gives the literals collected since {@code mark} the role their surroundings give them all (where none is given yet). */
    public void roleSince(int mark, Role role) {
        for (int i = mark; i < literals.size(); i++) role(literals.get(i).location(), role);
    }

    /** The file stands up a mock HTTP server or intercepts HTTP calls. */
    public void mockedHttp() {
        mockedHttp = true;
    }

    /** The file's code runs only on a server: nothing in it reaches a browser bundle. */
    public void serverOnly() {
        serverOnly = true;
    }

    public void symbol(String name, Value v) {
        symbols.put(name, v);
    }

    /** The kind of file the facts are about. */
    FileKind kind() {
        return kind;
    }

    public void suppress(int line, Set<String> rules) {
        suppressions.computeIfAbsent(line, k -> new HashSet<>()).addAll(rules);
    }

    public void notice(Notice.Level level, String message) {
        notices.add(new Notice(path, level, message));
    }

    /** A notice about a contained failure; {@code cause} is kept for {@code --debug}, never printed as-is. */
    public void notice(Notice.Level level, String message, Throwable cause) {
        notices.add(new Notice(path, level, message, cause));
    }

    /** A sink for one embedded block of this file written in another kind (a Markdown page's fenced code). */
    public FactSink forBlock(FileKind blockKind) {
        return new FactSink(path, blockKind, place);
    }

    /**
     * Takes the structured facts of a block read into {@link #forBlock}: its literals, settings, requests, clients,
     * logs and roles. Not its symbols: a sample's constants name nothing the project's code can refer to.
     */
    public void absorb(FactSink block) {
        literals.addAll(block.literals);
        settings.addAll(block.settings);
        calls.addAll(block.calls);
        clients.addAll(block.clients);
        logs.addAll(block.logs);
        block.roles.forEach(roles::putIfAbsent);
        mockedHttp |= block.mockedHttp;
    }

    /** Whether a notice was recorded (a block read only in part says so). */
    public boolean hasNotices() {
        return !notices.isEmpty();
    }

    /** Drops the structured facts gathered so far (a parser failed half way) but keeps tokens and suppressions. */
    public void discardStructure() {
        literals.clear();
        settings.clear();
        calls.clear();
        clients.clear();
        logs.clear();
        symbols.clear();
        roles.clear();
    }

    public FileFacts toFacts() {
        return new FileFacts(path, kind, literals, tokens, settings, calls, clients, logs, symbols, suppressions, oneNotice(),
                place, roles, mockedHttp, serverOnly);
    }

    /** One notice per file: several (e.g. two embedded scripts that do not tokenize) become the first plus a count. */
    private List<Notice> oneNotice() {
        if (notices.size() <= 1) return notices;
        Notice first = notices.get(0);
        Notice.Level level = notices.stream().anyMatch(n -> n.level() == Notice.Level.WARNING) ? Notice.Level.WARNING : first.level();
        return List.of(new Notice(path, level, first.message() + " (and " + (notices.size() - 1) + " more like it in this file)",
                first.cause()));
    }
}
