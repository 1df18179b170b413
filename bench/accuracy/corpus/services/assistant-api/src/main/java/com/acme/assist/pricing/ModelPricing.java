package com.acme.assist.pricing;

import java.math.BigDecimal;
import java.util.Map;

/** USD per million tokens, for the cost report; old ids stay so that last year's usage can still be priced. */
public final class ModelPricing {

    public record Price(BigDecimal input, BigDecimal output) {
    }

    public static final Map<String, Price> PER_MTOK = Map.of(
            "claude-opus-4-6", new Price(new BigDecimal("5"), new BigDecimal("25")),
            "claude-sonnet-4-6", new Price(new BigDecimal("3"), new BigDecimal("15")),
            "claude-haiku-4-5", new Price(new BigDecimal("1"), new BigDecimal("5")),
            "claude-3-5-sonnet-20241022", new Price(new BigDecimal("3"), new BigDecimal("15")),
            "claude-3-opus-20240229", new Price(new BigDecimal("15"), new BigDecimal("75")),
            "claude-3-haiku-20240307", new Price(new BigDecimal("0.25"), new BigDecimal("1.25")),
            "claude-2.1", new Price(new BigDecimal("8"), new BigDecimal("24")));

    private ModelPricing() {
    }

    public static BigDecimal cost(String model, long inputTokens, long outputTokens) {
        Price p = PER_MTOK.get(model);
        if (p == null) return BigDecimal.ZERO;
        return p.input().multiply(BigDecimal.valueOf(inputTokens)).add(p.output().multiply(BigDecimal.valueOf(outputTokens)))
                .divide(BigDecimal.valueOf(1_000_000));
    }
}
