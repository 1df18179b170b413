package dev.claudit.rules;

import dev.claudit.facts.Location;
import dev.claudit.facts.Redactor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one way a detector makes a {@link Finding}: it names one of the rule's messages in {@code rules/<id>.yml}
 * and gives a value for each of that message's placeholders, nothing more and nothing less. Anything else — a
 * message the YAML does not have, a value missing, a value for no placeholder, no location — throws, so every rule
 * example that reaches the line proves the detector and its YAML agree.
 *
 * <pre>{@code
 * out.report(ctx.finding(ID).message("in-test").with("host", host).at(location).matched(host).build());
 * }</pre>
 *
 * Values are shown to the user: a credential in one must already be masked ({@link Redactor#redact}); the finding's
 * own secret in a value is rejected, and any other credential-shaped text is masked here as every report would.
 */
public final class FindingBuilder {

    private final RuleMeta rule;
    private String messageName = RuleMeta.DEFAULT_MESSAGE;
    private final Map<String, String> values = new LinkedHashMap<>();
    private Level level;
    private Location location;
    private String matchedText;
    private String secret;

    FindingBuilder(RuleMeta rule) {
        this.rule = Objects.requireNonNull(rule);
        this.level = rule.level();
    }

    /** The named message to report with; {@code default} unless called. */
    public FindingBuilder message(String name) {
        if (!rule.messages().containsKey(name)) {
            throw new IllegalArgumentException(rule.id() + " has no message `" + name + "` in rules/" + rule.id()
                    + ".yml; it has " + rule.messages().keySet());
        }
        this.messageName = name;
        return this;
    }

    /** The value of one placeholder of the message. */
    public FindingBuilder with(String placeholder, String value) {
        Objects.requireNonNull(value, () -> rule.id() + ": null value for {" + placeholder + "}");
        if (values.put(placeholder, value) != null) {
            throw new IllegalArgumentException(rule.id() + ": {" + placeholder + "} given twice");
        }
        return this;
    }

    /** The level, when the detector chooses another than the rule's (configured) one. */
    public FindingBuilder level(Level level) {
        this.level = Objects.requireNonNull(level);
        return this;
    }

    /** The level, lowered to {@code ceiling} when the rule's (configured) one is more severe (a deprecation is a warning). */
    public FindingBuilder atMost(Level ceiling) {
        if (level.ordinal() < ceiling.ordinal()) level = ceiling;
        return this;
    }

    public FindingBuilder at(Location location) {
        this.location = Objects.requireNonNull(location);
        return this;
    }

    /** The normalised text the finding is about (fingerprints, baselines); never a secret. */
    public FindingBuilder matched(String text) {
        this.matchedText = Objects.requireNonNull(text);
        return this;
    }

    /** The credential the finding is about, kept for masking and fingerprints and never printed. */
    public FindingBuilder secret(String secret) {
        this.secret = Objects.requireNonNull(secret);
        return this;
    }

    public Finding build() {
        if (location == null) throw new IllegalStateException(rule.id() + ": finding without a location");
        if (matchedText == null) throw new IllegalStateException(rule.id() + ": finding without matched text");
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (secret != null && !secret.isEmpty() && v.contains(secret)) {
                throw new IllegalArgumentException(rule.id() + ": {" + k + "} holds the finding's secret unmasked");
            }
            shown.put(k, Redactor.maskAll(v));
        });
        String text = rule.messages().get(messageName).fill(shown);
        return new Finding(rule.id(), level, location, text, matchedText, secret);
    }
}
