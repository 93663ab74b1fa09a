package com.towebs.chatqa.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user signed in to the portal over plain HTTP, as a browser does it (the code flow through Keycloak's login
 * form, cookies kept), without rendering anything: what the load bench needs to hold many sessions at once.
 */
final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

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
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(ItEnvironment.baseUrl())) {
            throw new IllegalStateException(username + " could not sign in: " + landed.statusCode() + " at " + landed.uri());
        }
        return session;
    }

    /** GETs a page of the portal (path relative to its context root). */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(ItEnvironment.baseUrl() + path))
                .header("Accept", "text/html").header("Accept-Language", "es-AR").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
