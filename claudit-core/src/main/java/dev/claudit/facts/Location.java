package dev.claudit.facts;

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
}
