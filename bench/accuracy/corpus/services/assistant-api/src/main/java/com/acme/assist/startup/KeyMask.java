package com.acme.assist.startup;

/** Shows the first 10 and last 4 characters of a key, for logs. */
public final class KeyMask {

    private KeyMask() {
    }

    public static String mask(String key) {
        if (key == null || key.length() < 20) return "<unset>";
        return key.substring(0, 10) + "…" + key.substring(key.length() - 4);
    }
}
