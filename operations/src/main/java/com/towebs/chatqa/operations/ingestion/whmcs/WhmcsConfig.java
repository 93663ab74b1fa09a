package com.towebs.chatqa.operations.ingestion.whmcs;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** How to reach the panel: its base URL, the API credentials, the timeout of each call and the page size. */
public record WhmcsConfig(URI baseUrl, String identifier, String secret, Duration timeout, int pageSize) {

    public WhmcsConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(secret, "secret");
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "WhmcsConfig[" + baseUrl + ", identifier " + identifier + ", timeout " + timeout + ", page " + pageSize
                + "]";
    }
}
