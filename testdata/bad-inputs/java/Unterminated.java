package com.example;

class Unterminated {
    static final String KEY = "__KEY__;
    static final String URL = "https://api.anthropic.com/v1/messages";
}
