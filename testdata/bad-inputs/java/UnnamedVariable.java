package com.example;

// Java 22 unnamed variables: javaparser at Java 21 level rejects '_'
class UnnamedVariable {
    static final String KEY = "__KEY__";

    int count(java.util.List<String> items) {
        int n = 0;
        for (String _ : items) n++;
        try {
            return Integer.parseInt("" + n);
        } catch (NumberFormatException _) {
            return 0;
        }
    }
}
