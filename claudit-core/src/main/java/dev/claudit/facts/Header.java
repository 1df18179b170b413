package dev.claudit.facts;

/**
 * One HTTP header as a request sets it. The name is a value because it may be a constant defined in
 * another file; {@link #is} compares the known name case-insensitively.
 */
public record Header(Value name, Value value, Location location) {

    public Header(String name, Value value, Location location) {
        this(new Value.Literal(name, location), value, location);
    }

    /** The header name when known. */
    public String nameText() {
        return name.knownText().orElse("");
    }

    public boolean is(String headerName) {
        return nameText().trim().equalsIgnoreCase(headerName);
    }
}
