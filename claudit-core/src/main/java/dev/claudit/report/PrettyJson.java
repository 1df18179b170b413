package dev.claudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;

/** The JSON layout all machine-readable outputs share: two-space indent, {@code \n} on every platform, trailing newline. */
final class PrettyJson {

    private PrettyJson() {
    }

    /** A mapper that never closes the caller's writer (it may be stdout) and sorts map keys for stable output. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /** The document as a string (tests, small outputs). */
    static String render(ObjectMapper mapper, Object value) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(mapper, value, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    static void write(ObjectMapper mapper, Object value, Writer out) throws IOException {
        mapper.writer(printer()).writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    private static DefaultPrettyPrinter printer() {
        // the default indenter uses the platform line separator and puts arrays on one line
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(lf).withArrayIndenter(lf);
    }
}
