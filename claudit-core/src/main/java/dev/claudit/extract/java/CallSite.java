package dev.claudit.extract.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.List;
import java.util.Optional;

/**
 * One call of a chain as a client-library recognizer sees it: the call, its place in the chain ({@code 0} for the
 * call made on the chain's root), and its receiver as written ({@code HttpRequest}, {@code okhttp3.Headers},
 * {@code this.client}), or null when the receiver is not a name (another call, a {@code new}, no receiver at all).
 */
record CallSite(MethodCallExpr call, int index, String receiver) {

    static CallSite of(MethodCallExpr call, int index) {
        return new CallSite(call, index, call.getScope().map(JavaEvaluator::qualifiedText).orElse(null));
    }

    String name() {
        return call.getNameAsString();
    }

    List<Expression> args() {
        return call.getArguments();
    }

    Expression arg(int i) {
        return call.getArgument(i);
    }

    Optional<Expression> scope() {
        return call.getScope();
    }
}
