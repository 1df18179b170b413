package com.example;

class UnterminatedComment {
    /* rotated on Monday: __KEY__
     * (this comment never ends)
    void m() {}
}
