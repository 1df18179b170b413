package dev.claudit.engine;

import dev.claudit.facts.Notice;
import dev.claudit.workspace.DirectoryWalker;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code .claudit.yml} a scan uses: one named by the user, else the first found from the scanned directories
 * upwards, else none.
 *
 * @param config  the settings (empty when there is no file)
 * @param shown   the file as messages name it (relative to the current directory when below it), or null: none
 * @param notices about the file claudit did not read (a repository's config that is a symbolic link)
 */
public record ConfigFile(ProjectConfig config, String shown, List<Notice> notices) {

    public ConfigFile {
        notices = List.copyOf(notices);
    }

    /** No config file: nothing changed. */
    public static ConfigFile none(Path cwd) {
        return new ConfigFile(ProjectConfig.none(cwd), null, List.of());
    }

    /**
     * The file the user named ({@code --config FILE}, the Maven plugin's {@code config}); {@code option} names it in
     * messages.
     *
     * @throws SettingsException the file is missing, a symbolic link, or not a valid config
     */
    public static ConfigFile named(Path file, String option) {
        if (Files.isSymbolicLink(file)) throw new SettingsException(option + ": " + file + ": symbolic link not followed");
        if (!Files.isRegularFile(file)) throw new SettingsException(option + ": no such file: " + file);
        return new ConfigFile(ProjectConfig.load(file, file.toString()), file.toString(), List.of());
    }

    /**
     * The first {@code .claudit.yml} found from one of {@code dirs} upwards (up to the git top level holding it;
     * outside git, in that directory only). A link is not followed: a repository's config linking elsewhere
     * ({@code /proc/self/pagemap}, another checkout) gets a notice and is not used.
     *
     * @throws SettingsException the file found is not a valid config
     */
    public static ConfigFile discover(Path cwd, List<Path> dirs) {
        for (Path dir : dirs) {
            Path file = find(dir);
            if (file == null) continue;
            Path abs = file.toAbsolutePath().normalize();
            String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
            if (Files.isSymbolicLink(file)) {
                return new ConfigFile(ProjectConfig.none(cwd), null,
                        List.of(new Notice(shown, Notice.Level.WARNING, "symbolic link not followed; this config is not used")));
            }
            return new ConfigFile(ProjectConfig.load(file, shown), shown, List.of());
        }
        return none(cwd);
    }

    /** {@code .claudit.yml} in {@code start} or a directory above it up to the git top level; only {@code start} outside git. */
    public static Path find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        Path top = DirectoryWalker.findGitTop(dir);
        for (Path d = dir; d != null; d = d.getParent()) {
            Path file = d.resolve(ProjectConfig.FILE_NAME);
            // a link is returned too, so that it is reported, not read
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) return file;
            if (top == null || d.equals(top)) break;
        }
        return null;
    }
}
