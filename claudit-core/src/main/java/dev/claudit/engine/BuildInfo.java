package dev.claudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Properties;

/** What the build wrote into {@code claudit.properties}: the version reports carry, and the project's home page. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** claudit's version ({@code dev} when run from classes that were not built by Maven). */
    public static String version() {
        return property("version", "dev");
    }

    /** The project's home page ({@code claudit.homepage} in pom.xml), or null while it has none. */
    public static URI homepage() {
        String uri = property("homepage", "").strip();
        return uri.isEmpty() || uri.startsWith("${") ? null : URI.create(uri);
    }

    private static String property(String name, String fallback) {
        return Read.PROPERTIES.getProperty(name, fallback);
    }

    /** The file, read once: a run asks for the version more than once, and each class-path look-up costs (~1 ms cold). */
    private static final class Read {
        static final Properties PROPERTIES = read();

        private static Properties read() {
            Properties p = new Properties();
            try (InputStream in = BuildInfo.class.getResourceAsStream("/claudit.properties")) {
                if (in != null) p.load(in);
            } catch (IOException e) {
                p.clear(); // the fallbacks
            }
            return p;
        }
    }
}
