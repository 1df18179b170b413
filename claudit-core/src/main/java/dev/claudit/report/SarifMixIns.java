package dev.claudit.report;

import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.introspect.ClassIntrospector;

import java.util.List;

/**
 * Overrides java-sarif's class-level {@code @JsonInclude(NON_DEFAULT)}, which silently drops any value equal to
 * the schema default (a {@code warning} result under an {@code error} rule would read as an error): every class
 * of the library is written {@code NON_NULL}, and {@code run.results} always, so a clean run says {@code []}.
 */
final class SarifMixIns implements ClassIntrospector.MixInResolver {

    private static final String SARIF_PACKAGE = Run.class.getPackageName();

    @Override
    public Class<?> findMixInClassFor(Class<?> cls) {
        if (cls == Run.class) return RunMixIn.class;
        return SARIF_PACKAGE.equals(cls.getPackageName()) ? NonNull.class : null;
    }

    @Override
    public ClassIntrospector.MixInResolver copy() {
        // stateless
        return this;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNull {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class RunMixIn {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<Result> getResults();
    }
}
