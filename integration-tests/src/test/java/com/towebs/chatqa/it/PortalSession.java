package com.towebs.chatqa.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user signed in to the portal over plain HTTP, as a browser does it (the code flow through Keycloak's login
 * form, cookies kept), without rendering anything: what the load bench needs to hold many sessions at once.
 */
final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * The session's cookies, by name. Everything runs on localhost, where a browser shares cookies across ports;
     * the JDK's CookieManager will not store cookies for a host without a dot, so the jar is kept here.
     */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    /** Signs in through the Keycloak login form; fails if the portal does not show the user's page afterwards. */
    static PortalSession signIn(String username) {
        PortalSession session = new PortalSession();
        HttpResponse<String> login = session.get("/app/index.xhtml");
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("no Keycloak login form at " + login.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(KeycloakServer.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&credentialId=";
        HttpResponse<String> landed = session.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(ItEnvironment.baseUrl())) {
            throw new IllegalStateException(
                    username + " could not sign in: " + landed.statusCode() + " at " + landed.uri());
        }
        return session;
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /** GETs a page of the portal (path relative to its context root). */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + path))
                .header("Accept", "text/html")
                .header("Accept-Language", "es-AR")
                .GET()
                .build());
    }

    /** Sends with the session's cookies and follows redirects (GET), keeping what each answer sets. */
    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest next = request;
            for (int hop = 0; hop < 10; hop++) {
                HttpRequest.Builder withCookies = HttpRequest.newBuilder(next, (name, value) -> true);
                if (!cookies.isEmpty()) {
                    withCookies.setHeader(
                            "Cookie",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .collect(Collectors.joining("; ")));
                }
                HttpResponse<String> response = HTTP.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
                keepCookies(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    return response;
                }
                next = HttpRequest.newBuilder(response.uri().resolve(location.get()))
                        .header("Accept", "text/html")
                        .header("Accept-Language", "es-AR")
                        .GET()
                        .build();
            }
            throw new IllegalStateException("too many redirects from " + request.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
