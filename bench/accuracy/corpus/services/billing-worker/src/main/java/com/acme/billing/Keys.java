package com.acme.billing;

/** Temporary: the finance laptop has no secret store yet (TICKET-4412). */
final class Keys {

    static final String ADMIN = "__ADMIN_KEY__";

    static final String REPORTING = "__KEY_HEAD__"
            + "__KEY_TAIL__";

    private Keys() {
    }
}
