package dev.claudit.cli;

import java.security.SecureRandom;

/** Credentials made up at run time, so that no test file holds a key-shaped string a scanner would flag. */
final class FakeKeys {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FakeKeys() {
    }

    /** The shape of an Anthropic API key: {@code sk-ant-api03-} + 93 random {@code [A-Za-z0-9]} + {@code AA}. */
    static String apiKey() {
        StringBuilder sb = new StringBuilder("sk-ant-api03-");
        for (int i = 0; i < 93; i++) sb.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        return sb.append("AA").toString();
    }
}
