package com.weibao.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for WeChat's API servers (the true boundary), on a local port: access tokens, customer-service and
 * template messages (service account), app messages (WeCom), and media downloads. It records what it was sent and
 * can refuse messages to chosen users, as WeChat does (e.g. 45015: the user has not written for 48 hours).
 */
public final class WeChatApiStub {

    /** A message WeChat's API accepted: which API, and the JSON posted. */
    public record Sent(String path, JsonNode body) {
    }

    /** The bytes every media download returns: a 1×1 PNG. */
    public static final byte[] IMAGE = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger msgIds = new AtomicInteger(1000);

    private WeChatApiStub(HttpServer server) {
        this.server = server;
    }

    public static WeChatApiStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WeChatApiStub stub = new WeChatApiStub(server);
            server.createContext("/", stub::handle);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Messages to this openid or user id are refused until {@link #accept} is called. */
    public void refuse(String user) {
        refusing.add(user);
    }

    public void accept(String user) {
        refusing.remove(user);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] request = exchange.getRequestBody().readAllBytes();
        switch (path) {
            case "/cgi-bin/token", "/cgi-bin/gettoken" -> json(exchange,
                    "{\"errcode\":0,\"access_token\":\"stub-token\",\"expires_in\":7200}");
            case "/cgi-bin/media/get" -> {
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.getResponseHeaders().add("Content-disposition", "attachment; filename=\"photo.png\"");
                exchange.sendResponseHeaders(200, IMAGE.length);
                exchange.getResponseBody().write(IMAGE);
                exchange.close();
            }
            case "/cgi-bin/message/custom/send", "/cgi-bin/message/template/send", "/cgi-bin/message/send" -> {
                JsonNode body = JSON.readTree(request);
                String to = body.has("touser") ? body.get("touser").asText() : "";
                if (refusing.contains(to)) {
                    json(exchange, "{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is "
                            + "canceled\"}");
                    return;
                }
                sent.add(new Sent(path, body));
                int id = msgIds.incrementAndGet();
                json(exchange, path.endsWith("/message/send")
                        ? "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"cp-" + id + "\"}"
                        : "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + id + "}");
            }
            default -> {
                byte[] body = ("{\"errcode\":40001,\"errmsg\":\"stub does not know " + path + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            }
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
