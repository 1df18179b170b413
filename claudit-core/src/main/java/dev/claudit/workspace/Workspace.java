package dev.claudit.workspace;

import dev.claudit.facts.FileKind;
import dev.claudit.facts.Notice;

import java.util.List;

/** The files of one scan and the notices about paths that were passed over. */
public record Workspace(String root, List<SourceFile> files, List<Notice> notices) {

    public Workspace {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
    }

    /** The real path where it exists (symbolic links resolved), else the absolute normalised one. */
    static java.nio.file.Path realPath(java.nio.file.Path p) {
        try {
            return p.toAbsolutePath().toRealPath();
        } catch (java.io.IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    static FileKind kindOf(String path) {
        int i = path.lastIndexOf('/');
        return FileKind.of(i < 0 ? path : path.substring(i + 1));
    }
}
