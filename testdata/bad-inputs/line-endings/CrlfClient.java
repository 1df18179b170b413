package com.example;

class CrlfClient {
    // key below
    static final String KEY = "__KEY__";
}
