package dev.claudit.rules;

import dev.claudit.rules.detectors.BearerInsteadOfXApiKey;
import dev.claudit.rules.detectors.FrontendExposedKey;
import dev.claudit.rules.detectors.HardcodedCredential;
import dev.claudit.rules.detectors.InsecureTransport;
import dev.claudit.rules.detectors.InvalidModelId;
import dev.claudit.rules.detectors.InvalidVersionHeader;
import dev.claudit.rules.detectors.KeyLogged;
import dev.claudit.rules.detectors.KeyWhitespace;
import dev.claudit.rules.detectors.MalformedEndpointPath;
import dev.claudit.rules.detectors.MissingApiKeyHeader;
import dev.claudit.rules.detectors.MissingVersionHeader;
import dev.claudit.rules.detectors.RetiredModel;
import dev.claudit.rules.detectors.WrongHost;

import java.util.List;

/** Every detector claudit has; each implements the rule of the same id in {@code rules/}. */
public final class Detectors {

    private Detectors() {
    }

    public static List<Detector> all() {
        return List.of(new HardcodedCredential(), new FrontendExposedKey(), new BearerInsteadOfXApiKey(),
                new MissingVersionHeader(), new WrongHost(), new MissingApiKeyHeader(),
                new InvalidVersionHeader(), new InsecureTransport(), new MalformedEndpointPath(),
                new KeyWhitespace(), new KeyLogged(), new RetiredModel(), new InvalidModelId());
    }
}
