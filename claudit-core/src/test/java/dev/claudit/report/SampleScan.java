package dev.claudit.report;

import dev.claudit.facts.Location;
import dev.claudit.facts.Notice;
import dev.claudit.rules.Finding;
import dev.claudit.rules.Level;
import dev.claudit.rules.RuleMeta;

import java.security.SecureRandom;
import java.util.List;

/** Hand-made rules, findings and scans for the report tests (rule YAML may not exist on this branch). */
final class SampleScan {

    static final RuleMeta CREDENTIAL = new RuleMeta("hardcoded-credential", "HardcodedCredential", Level.ERROR, "9.0",
            "very-high", List.of("external/cwe/cwe-798", "credentials"), "A literal Anthropic credential in a file.",
            "Anyone who can read the file can use the key.", "Hardcoded Anthropic {kind} {redacted}",
            "Read the key from `ANTHROPIC_API_KEY`. See [the docs](https://docs.anthropic.com/en/api/overview).", List.of());
    static final RuleMeta VERSION = new RuleMeta("invalid-version-header", "InvalidVersionHeader", Level.ERROR, null,
            "very-high", List.of("correctness"), "An anthropic-version value the API rejects.",
            "The API accepts 2023-06-01 (and the deprecated 2023-01-01).", "anthropic-version {value}",
            "Send **`anthropic-version: 2023-06-01`**.", List.of());
    static final RuleMeta WRONG_HOST = new RuleMeta("wrong-host", "WrongHost", Level.ERROR, "7.5", "high",
            List.of("security", "correctness"), "A host that is not the Anthropic API.", "Typo hosts leak keys.",
            "Wrong host {host}", "Use `https://api.anthropic.com`.", List.of());
    static final RuleMeta WHITESPACE = new RuleMeta("key-whitespace", "KeyWhitespace", Level.WARNING, null, "high",
            List.of("correctness"), "A key with surrounding whitespace.", "Whitespace makes the key invalid.",
            "Key has whitespace", "Trim the value.", List.of());

    static final List<RuleMeta> RULES = List.of(CREDENTIAL, VERSION, WRONG_HOST, WHITESPACE);

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private SampleScan() {
    }

    /** A full-length fake API key, random each run so no test can pass by knowing it. */
    static String fakeKey() {
        SecureRandom random = new SecureRandom();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 93; i++) body.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        return "sk-ant-api03-" + body + "AA";
    }

    static Finding credential(String key, String path, int line, int column) {
        return new Finding(CREDENTIAL.id(), Level.ERROR, Location.span(path, line, column, key.length()),
                "Hardcoded Anthropic API key " + dev.claudit.facts.Redactor.redact(key), "api key", key);
    }

    static Finding version(Level level, String path, int line, int column, String value) {
        return new Finding(VERSION.id(), level, Location.span(path, line, column, value.length()),
                "anthropic-version " + value + " is not accepted", value, null);
    }

    static Finding wrongHost(String path, int line, int column) {
        return new Finding(WRONG_HOST.id(), Level.ERROR, Location.span(path, line, column, 17),
                "api.anthropic.ai is not the Anthropic API host", "api.anthropic.ai", null);
    }

    static Finding whitespace(String path, int line) {
        return new Finding(WHITESPACE.id(), Level.WARNING, Location.at(path, line, 1), "Key has whitespace",
                "ANTHROPIC_API_KEY", null);
    }

    static ScanResult scan(List<Finding> findings, List<ScanResult.Suppressed> suppressed, List<Notice> notices) {
        return new ScanResult(RULES, findings, suppressed, notices, 12, 210, "0.1.0");
    }

    static ScanResult clean() {
        return scan(List.of(), List.of(), List.of());
    }

    /** Every kind of content a report shows: several rules and levels, odd paths, both suppression kinds, a notice. */
    static ScanResult busy(String key) {
        Finding cred = credential(key, "src/main/java/App.java", 7, 22);
        Finding warnUnderError = version(Level.WARNING, "src/main/java/Client.java", 12, 40, "2023-01-01");
        Finding odd = wrongHost("config/My Dir/ünïcode file.yml", 3, 10);
        Finding ws = whitespace(".env", 2);
        Finding inSource = version(Level.ERROR, "src/main/java/Old.java", 5, 30, "2024-01-01");
        Finding external = wrongHost("src/main/java/Legacy.java", 9, 18);
        return scan(List.of(cred, warnUnderError, odd, ws),
                List.of(new ScanResult.Suppressed(inSource, "inSource", "claudit-ignore: legacy test fixture"),
                        new ScanResult.Suppressed(external, "external", null)),
                List.of(new Notice("broken.yml", Notice.Level.WARNING, "could not parse YAML; scanned lexically"),
                        new Notice("big.bin", Notice.Level.NOTE, "skipped: binary file")));
    }
}
