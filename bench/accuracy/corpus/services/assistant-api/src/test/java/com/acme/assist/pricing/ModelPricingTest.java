package com.acme.assist.pricing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ModelPricingTest {

    @Test
    void prices_last_years_usage() {
        assertThat(ModelPricing.cost("claude-3-opus-20240229", 1_000_000, 0)).isEqualByComparingTo(new BigDecimal("15"));
        assertThat(ModelPricing.cost("claude-2.1", 0, 1_000_000)).isEqualByComparingTo(new BigDecimal("24"));
    }

    @Test
    void unknown_model_costs_nothing() {
        assertThat(ModelPricing.cost("claude-instant-1.2", 10, 10)).isZero();
    }
}
