package dev.claudit.facts;

import java.util.Objects;

/** A span in a scanned file: repo-relative path with forward slashes, 1-based lines and columns (end inclusive). */
public record Location(String path, int line, int column, int endLine, int endColumn) {

    public static Location at(String path, int line, int column) {
        return new Location(path, line, column, line, column);
    }

    public static Location span(String path, int line, int column, int length) {
        return new Location(path, line, column, line, column + Math.max(0, length - 1));
    }

    public Location withPath(String newPath) {
        return new Location(newPath, line, column, endLine, endColumn);
    }

    // equals and hashCode are the record's own, written out: locations key the extractors' maps in every scan, and
    // the generated ones bootstrap method handles on first use, which a JDK 17 class-data archive cannot hold
    // (with Finding's, ~14 ms of a 10-file hook run that reports)
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && Objects.equals(path, l.path) && line == l.line && column == l.column && endLine == l.endLine
                && endColumn == l.endColumn;
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(path);
        h = 31 * h + line;
        h = 31 * h + column;
        h = 31 * h + endLine;
        return 31 * h + endColumn;
    }
}
