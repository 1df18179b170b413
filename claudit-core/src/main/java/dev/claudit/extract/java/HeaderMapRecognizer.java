package dev.claudit.extract.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.List;
import java.util.Set;

import static dev.claudit.extract.java.CallPattern.call;
import static dev.claudit.extract.java.HttpClientRecognizer.CallRule.when;

/**
 * Headers kept in a plain map, as many clients take them ({@code Map.of("x-api-key", key)}, a {@code HashMap} filled
 * with {@code put}): a pair is a header only when one of the map's names is known to be a header name, so a map of
 * anything else is not read as headers.
 */
final class HeaderMapRecognizer implements HttpClientRecognizer {

    private static final Set<String> MAPS = Set.of("HashMap", "LinkedHashMap", "TreeMap");

    @Override
    public void created(ObjectCreationExpr o, Expression top, RequestDraft request) {
        if (MAPS.contains(o.getType().getNameAsString())) request.holdsHeaders(top);
    }

    @Override
    public List<CallRule> reads() {
        return List.of(
                when(call("put").args(2), RequestDraft::onHeaderSet, RequestDraft::putsInHeaderMap),
                when(call("of").pairedArgs().on("Map"), RequestDraft::mayBeHeaderPairs));
    }
}
