package com.acme.assist.startup;

import com.acme.assist.config.AnthropicProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints what the service will talk to, once, at start-up. */
@Component
public class StartupDiagnostics {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final AnthropicProperties props;

    public StartupDiagnostics(AnthropicProperties props) {
        this.props = props;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void report() {
        log.info("Anthropic base URL {} model {}", props.baseUrl(), props.model());
        log.info("Anthropic key configured: {}", props.apiKey() != null && !props.apiKey().isBlank());
        log.debug("Anthropic key: {}", props.apiKey());
        log.debug("Anthropic key ends with {}", KeyMask.mask(props.apiKey()));
    }
}
