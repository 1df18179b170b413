package dev.claudit.extract.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * What one HTTP client library's code means for the request it builds: which constructors and calls carry its URL
 * and headers, which say that the library builds it, and which may add headers out of sight. {@link RequestFinder}
 * groups the chains of a body into requests and asks every recognizer in {@link #ALL} about each of them; adding a
 * client library is one more implementation listed there.
 */
interface HttpClientRecognizer {

    /**
     * A call pattern, what else the request must be for the rule to apply ({@code guard}: the receiver holds a header
     * set), and what a call matching both does to the request.
     */
    record CallRule(CallPattern pattern, BiPredicate<RequestDraft, CallSite> guard, BiConsumer<RequestDraft, CallSite> effect) {
        static CallRule when(CallPattern pattern, BiConsumer<RequestDraft, CallSite> effect) {
            return new CallRule(pattern, (r, s) -> true, effect);
        }

        static CallRule when(CallPattern pattern, BiPredicate<RequestDraft, CallSite> guard, BiConsumer<RequestDraft, CallSite> effect) {
            return new CallRule(pattern, guard, effect);
        }

        /** Applies the rule to a call it matches; false when it does not match. */
        boolean apply(CallSite call, RequestDraft request) {
            if (!pattern.test(call) || !guard.test(request, call)) return false;
            effect.accept(request, call);
            return true;
        }
    }

    /**
     * Every library known, in no order that matters: a call is read by the first rule that matches it, and rules of
     * different libraries that match the same call (a builder's {@code header(name, value)}) mean the same.
     */
    List<HttpClientRecognizer> ALL = List.of(new JavaNetHttpRecognizer(), new OkHttpRecognizer(), new ApacheHttpRecognizer(),
            new UrlConnectionRecognizer(), new SpringHttpRecognizer(), new VertxWebClientRecognizer(), new HeaderMapRecognizer());

    /** A chain starting with {@code new T(...)} ({@code o}, whose outermost expression is {@code top}). */
    default void created(ObjectCreationExpr o, Expression top, RequestDraft request) {
    }

    /** A chain whose root is the local variable {@code var}, initialised with {@code init}. */
    default void onLocal(String var, Expression init, RequestDraft request) {
    }

    /** Calls that tell which library builds the request; every one that matches applies, before the call is read. */
    default List<CallRule> marks() {
        return List.of();
    }

    /** Calls that carry the request's URL and headers, or hand them to code out of sight; the first match reads a call. */
    List<CallRule> reads();

    /** Names of the two-argument calls that set one header ({@code header}, {@code addHeader}, {@code setRequestProperty}). */
    default Set<String> headerSetters() {
        return Set.of();
    }

    /** Calls a request may be handed to without its headers changing: sending it, reading its response. */
    default Set<String> sendingCalls() {
        return Set.of();
    }

    /** A call that takes a whole request in its arguments ({@code restTemplate.exchange(url, POST, entity, ...)}). */
    default boolean takesWholeRequest(CallSite call) {
        return false;
    }
}
