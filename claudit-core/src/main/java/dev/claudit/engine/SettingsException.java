package dev.claudit.engine;

/**
 * What the user gave a scan is wrong: a config file that is not valid, a baseline that cannot be read, an option out
 * of range. The message says what and where ({@code .claudit.yml:3: unknown key 'rule'}) and never quotes a scanned
 * file; the command line reports it as a usage error (exit 2), the Maven plugin as a configuration error.
 */
public class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }
}
