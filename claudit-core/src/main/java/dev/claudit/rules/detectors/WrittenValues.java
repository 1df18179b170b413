package dev.claudit.rules.detectors;

import dev.claudit.facts.FileFacts;
import dev.claudit.facts.Setting;
import dev.claudit.facts.Value;

import java.util.ArrayList;
import java.util.List;

/** The strings a file writes where a URL or host may stand: its literals, and the defaults of {@code ${X:default}}. */
final class WrittenValues {

    private WrittenValues() {
    }

    static List<Value.Literal> of(FileFacts file) {
        List<Value.Literal> out = new ArrayList<>(file.literals());
        for (Setting s : file.settings()) {
            for (Value.Reference r : s.value().references()) {
                if (r.fallback() != null) out.add(new Value.Literal(r.fallback(), r.location()));
            }
        }
        return out;
    }
}
