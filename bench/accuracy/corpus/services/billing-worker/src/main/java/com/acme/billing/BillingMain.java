package com.acme.billing;

import java.time.LocalDate;
import java.util.logging.Logger;

public final class BillingMain {

    private static final Logger LOG = Logger.getLogger(BillingMain.class.getName());

    private BillingMain() {
    }

    public static void main(String[] args) throws Exception {
        String adminKey = System.getenv("ANTHROPIC_ADMIN_KEY");
        LOG.info("billing worker starting for " + LocalDate.now().minusDays(1));
        LOG.fine("admin key: " + adminKey);
        System.out.println(new UsageReporter().yesterday(LocalDate.now().minusDays(1) + "T00:00:00Z"));
    }
}
