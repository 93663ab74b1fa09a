package com.towebs.chatqa.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Signs out of both sessions: the portal's (HTTP session and OIDC tokens) and Keycloak's (RP-initiated logout at
 * the realm's end-session endpoint, which sends the browser back to the portal, and so to the sign-in page).
 * Without the Keycloak step the next visit would sign the user straight back in.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String endSession = null;
        String idToken = null;
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context
                && context.getOidcClientConfiguration() != null) {
            endSession = context.getOidcClientConfiguration().getLogoutUrl();
            idToken = context.getIDTokenString();
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getRequestURL().toString().replaceFirst("/logout$", "/");
        if (endSession == null || idToken == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(endSession + (endSession.contains("?") ? "&" : "?")
                + "id_token_hint=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        doGet(request, response);
    }
}
