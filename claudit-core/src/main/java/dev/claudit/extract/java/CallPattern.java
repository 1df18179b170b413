package dev.claudit.extract.java;

import java.util.Arrays;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * A method signature a client-library recognizer reacts to: the method's names, the shape of its arguments, and its
 * receiver. Scanned code is read without its classpath, so a receiver is known by how it is written — a type's simple
 * or qualified name for a static call ({@code HttpRequest.newBuilder}, {@code okhttp3.Headers.of}) — and most builder
 * calls are matched on name and arity alone, whatever builds them, as {@code header("x-api-key", key)} means the same
 * on every builder that has it.
 */
final class CallPattern implements Predicate<CallSite> {

    private final Set<String> names;
    private final IntPredicate arity;
    private final Predicate<CallSite> where;

    private CallPattern(Set<String> names, IntPredicate arity, Predicate<CallSite> where) {
        this.names = names;
        this.arity = arity;
        this.where = where;
    }

    /** A call of any of these names, with any arguments, on any receiver. */
    static CallPattern call(String... names) {
        return call(Set.of(names));
    }

    static CallPattern call(Set<String> names) {
        return new CallPattern(Set.copyOf(names), n -> true, s -> true);
    }

    /** Exactly {@code n} arguments. */
    CallPattern args(int n) {
        return new CallPattern(names, a -> arity.test(a) && a == n, where);
    }

    /** At least {@code n} arguments. */
    CallPattern atLeastArgs(int n) {
        return new CallPattern(names, a -> arity.test(a) && a >= n, where);
    }

    /** Name-value pairs: an even number of arguments, at least two. */
    CallPattern pairedArgs() {
        return new CallPattern(names, a -> arity.test(a) && a >= 2 && a % 2 == 0, where);
    }

    /** The first call of its chain: made on the chain's root ({@code HttpRequest.newBuilder()}, not {@code x.build().newBuilder()}). */
    CallPattern firstInChain() {
        return where(s -> s.index() == 0);
    }

    /** On a receiver written exactly as one of these ({@code Map}, {@code okhttp3.Headers}). */
    CallPattern on(String... receivers) {
        Set<String> r = Set.of(receivers);
        return where(s -> s.receiver() != null && r.contains(s.receiver()));
    }

    /** On a receiver whose written name ends with one of these ({@code HttpRequest} matches {@code java.net.http.HttpRequest}). */
    CallPattern onTypeEnding(String... suffixes) {
        return where(s -> endsWithAny(s.receiver(), suffixes));
    }

    /** And whatever else the call must satisfy. */
    CallPattern where(Predicate<CallSite> also) {
        Predicate<CallSite> before = where;
        return new CallPattern(names, arity, s -> before.test(s) && also.test(s));
    }

    @Override
    public boolean test(CallSite s) {
        return names.contains(s.name()) && arity.test(s.args().size()) && where.test(s);
    }

    static boolean endsWithAny(String receiver, String... suffixes) {
        return receiver != null && Arrays.stream(suffixes).anyMatch(receiver::endsWith);
    }
}
