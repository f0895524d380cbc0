package com.weibao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * A real HTTP client that connects from a chosen loopback address (127.x.y.z: a different client as far as the
 * server can tell) and keeps cookies like a browser, so it can also log in to the Camunda webapps (session and
 * CSRF token) the way Tasklist's login form does. What one address provokes (failed logins, refused webhook
 * requests) then throttles that address only, not another test's requests.
 */
public final class AddressedClient implements AutoCloseable {

    private final String base;
    private final String address;
    private final BasicCookieStore cookies = new BasicCookieStore();
    private final CloseableHttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private AddressedClient(int port, InetAddress local) {
        this.base = "http://127.0.0.1:" + port;
        this.address = local.getHostAddress();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(16).setMaxConnTotal(16).build())
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
                    @Override
                    protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                        return local;
                    }
                })
                .setDefaultCookieStore(cookies)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
    }

    public static AddressedClient from(String loopbackAddress, int port) {
        try {
            return new AddressedClient(port, InetAddress.getByName(loopbackAddress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client from a loopback address no other test uses (127.x.y.z, never 127.0.0.1). */
    public static AddressedClient fromNewAddress(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return from("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(2, 255),
                port);
    }

    public String address() {
        return address;
    }

    /** A header sent with every request, e.g. a forged X-Forwarded-For. */
    public AddressedClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** As {@code user} ("user" for the demo password, or "user:password"), or anonymously with null. */
    public Http.Response get(String user, String path) {
        return send(user, ClassicRequestBuilder.get(base + path));
    }

    public Http.Response post(String user, String path, Object jsonBody) {
        return send(user, ClassicRequestBuilder.post(base + path)
                .setEntity(new StringEntity(Http.write(jsonBody), ContentType.APPLICATION_JSON)));
    }

    /** An anonymous GET, e.g. a webhook's URL verification. */
    public Http.Response get(String path) {
        return get(null, path);
    }

    /** An anonymous POST with the request's own headers, e.g. a webhook's signature and content type. */
    public Http.Response post(String path, Map<String, String> requestHeaders, byte[] body) {
        ClassicRequestBuilder request = ClassicRequestBuilder.post(base + path).setEntity(new ByteArrayEntity(body,
                null));
        requestHeaders.forEach(request::addHeader);
        return send(null, request);
    }

    public Http.Response post(String path, Map<String, String> requestHeaders, String body) {
        return post(path, requestHeaders, body.getBytes(StandardCharsets.UTF_8));
    }

    public Http.Response delete(String user, String path) {
        return send(user, ClassicRequestBuilder.delete(base + path));
    }

    /**
     * Tasklist's (Cockpit's, Admin's) login form: fetches the CSRF token with the page, posts the form, and then
     * asks who is logged in, as the webapp does, which brings the new session's CSRF token.
     */
    public Http.Response webappLogin(String user, String password, String app) {
        if (csrfToken() == null) {
            send(null, ClassicRequestBuilder.get(base + "/camunda/app/" + app + "/default/"));
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Http.Response login = send(null, withCsrfToken(ClassicRequestBuilder.post(base
                + "/camunda/api/admin/auth/user/default/login/" + app))
                .setEntity(new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED)));
        if (login.status() == 200) {
            // the login starts a new session; like the webapp, fetch who is logged in to get its CSRF token
            send(null, ClassicRequestBuilder.get(base + "/camunda/api/admin/auth/user/default"));
        }
        return login;
    }

    /** A call of the webapps' own API within the logged-in session, as Cockpit or Admin make it. */
    public Http.Response webappPost(String path, Object jsonBody) {
        return send(null, withCsrfToken(ClassicRequestBuilder.post(base + path))
                .setEntity(new StringEntity(Http.write(jsonBody), ContentType.APPLICATION_JSON)));
    }

    public Http.Response webappGet(String path) {
        return send(null, ClassicRequestBuilder.get(base + path));
    }

    /** The session's CSRF token, if the server has handed one out yet (not while Weibao is starting). */
    private ClassicRequestBuilder withCsrfToken(ClassicRequestBuilder request) {
        String token = csrfToken();
        return token == null ? request : request.addHeader("X-XSRF-TOKEN", token);
    }

    private String csrfToken() {
        return cookies.getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName())).map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    private Http.Response send(String user, ClassicRequestBuilder request) {
        headers.forEach(request::addHeader);
        if (user != null) {
            request.addHeader("Authorization", Http.basic(user));
        }
        ClassicHttpRequest built = request.build();
        try {
            return client.execute(built, response -> {
                Map<String, List<String>> map = new LinkedHashMap<>();
                for (Header header : response.getHeaders()) {
                    map.computeIfAbsent(header.getName(), n -> new java.util.ArrayList<>()).add(header.getValue());
                }
                byte[] body = response.getEntity() == null ? new byte[0]
                        : EntityUtils.toByteArray(response.getEntity());
                return new Http.Response(response.getCode(), HttpHeaders.of(map, (name, value) -> true), body);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
