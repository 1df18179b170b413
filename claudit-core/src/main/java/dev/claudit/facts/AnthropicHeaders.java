package dev.claudit.facts;

/**
 * The request headers of Anthropic's native API, named once: extractors recognise them in code and detectors ask
 * requests for them by these names ({@link HttpCall#header} and {@link Header#is} compare case-insensitively).
 */
public final class AnthropicHeaders {

    /** The header the API reads the key from. */
    public static final String API_KEY = "x-api-key";
    /** The API version every native request must send. */
    public static final String VERSION = "anthropic-version";
    /** Opt-ins to beta features (an OAuth token is sent with {@code oauth-…} here). */
    public static final String BETA = "anthropic-beta";
    /** Lets a browser call the API directly, with the key in the page. */
    public static final String BROWSER_ACCESS = "anthropic-dangerous-direct-browser-access";
    /** What every Anthropic-specific header name starts with. */
    public static final String PREFIX = "anthropic-";

    private AnthropicHeaders() {
    }
}
