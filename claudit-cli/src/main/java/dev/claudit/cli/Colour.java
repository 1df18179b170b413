package dev.claudit.cli;

import java.util.Map;

/** When text output is coloured: {@code --color auto|always|never}. */
enum Colour {
    auto, always, never;

    /**
     * Whether to colour output that goes to a terminal or not: {@code auto} colours a terminal unless
     * {@code NO_COLOR} is set (no-color.org) or {@code TERM=dumb} says it cannot show colour.
     */
    boolean on(boolean terminal, Map<String, String> env) {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> terminal && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty()) && !"dumb".equals(env.get("TERM"));
        };
    }
}
