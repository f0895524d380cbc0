package com.weibao.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A user signed in to Camunda's webapps (Tasklist, Cockpit) the way the browser is: a session cookie and the CSRF
 * token the webapps hand out, for calls to the webapps' own engine API under /camunda/api/engine.
 */
public final class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port + "/camunda";
    }

    /** Signs the user in to Tasklist (password = user name in the demo). */
    public static WebappSession signIn(int port, String user) {
        WebappSession session = new WebappSession(port);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/app/tasklist/default/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        Http.Response login = session.send(HttpRequest.newBuilder(URI.create(session.base
                        + "/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.status() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + login.status() + " " + login.text());
        }
        // the login starts a new session: its CSRF token comes with the next request, as Tasklist's first call gets it
        session.send(HttpRequest.newBuilder(session.engine("/task?maxResults=1")).GET());
        return session;
    }

    /** POST to the webapps' engine API, e.g. "/task/{id}/submit-form". */
    public Http.Response post(String enginePath, Object body) {
        return send(json(HttpRequest.newBuilder(engine(enginePath)), body, "POST"));
    }

    public Http.Response put(String enginePath, Object body) {
        return send(json(HttpRequest.newBuilder(engine(enginePath)), body, "PUT"));
    }

    private URI engine(String enginePath) {
        return URI.create(base + "/api/engine/engine/default" + enginePath);
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, Object body, String method) {
        try {
            return request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends the webapps' CSRF token back as the browser does: from its cookie, in the X-XSRF-TOKEN header. */
    private Http.Response send(HttpRequest.Builder request) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .ifPresent(token -> request.header("X-XSRF-TOKEN", token.getValue()));
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
