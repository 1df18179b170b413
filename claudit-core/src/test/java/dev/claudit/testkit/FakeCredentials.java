package dev.claudit.testkit;

import java.security.SecureRandom;
import java.util.Random;

/** Well-formed fake Anthropic credentials, made fresh at test time so no real-looking key is committed. */
public final class FakeCredentials {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Random RANDOM = new SecureRandom();

    private FakeCredentials() {
    }

    /** {@code sk-ant-api03-} + 93 random letters and digits + {@code AA}: 108 characters, like a real API key. */
    public static String apiKey() {
        StringBuilder body = new StringBuilder(95);
        for (int i = 0; i < 93; i++) body.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        return "sk-ant-api03-" + body + "AA";
    }

    /** The part of a credential no output may show: everything after its well-known prefix but its last four characters. */
    public static String hiddenPart(String credential) {
        int prefixEnd = credential.indexOf('-', "sk-ant-".length()) + 1;
        return credential.substring(prefixEnd, credential.length() - 4);
    }
}
