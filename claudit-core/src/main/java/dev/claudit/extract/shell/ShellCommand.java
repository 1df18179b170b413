package dev.claudit.extract.shell;

import java.util.List;

/** A simple command as the shell reads it: its words in order, redirections left out. */
public record ShellCommand(List<ShellWord> words) {

    public ShellCommand {
        words = List.copyOf(words);
    }
}
