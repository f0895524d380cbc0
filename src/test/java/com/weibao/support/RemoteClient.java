package com.weibao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * An HTTP client whose requests leave from a loopback address of its own (127.x.y.z, not 127.0.0.1), so the server
 * sees another machine: what is refused from one address (a flood, say) does not throttle another test's requests.
 */
public final class RemoteClient implements AutoCloseable {

    private final String address;
    private final int port;
    private final CloseableHttpClient client;

    private RemoteClient(String address, int port) {
        this.address = address;
        this.port = port;
        try {
            this.client = HttpClients.custom().setMaxConnPerRoute(16).setMaxConnTotal(16)
                    .setDefaultRequestConfig(RequestConfig.custom()
                    .setLocalAddress(InetAddress.getByName(address)).setConnectTimeout(5_000)
                    .setSocketTimeout(60_000).build()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client from a loopback address of its own, to the application on {@code port}. */
    public static RemoteClient fromNewAddress(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new RemoteClient("127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "."
                + random.nextInt(2, 255), port);
    }

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    public String address() {
        return address;
    }

    public Response get(String pathAndQuery) {
        return send(new HttpGet(url(pathAndQuery)), Map.of());
    }

    public Response post(String pathAndQuery, Map<String, String> headers, byte[] body) {
        HttpPost post = new HttpPost(url(pathAndQuery));
        post.setEntity(new ByteArrayEntity(body));
        return send(post, headers);
    }

    public Response post(String pathAndQuery, Map<String, String> headers, String body) {
        return post(pathAndQuery, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequestBase request, Map<String, String> headers) {
        headers.forEach(request::setHeader);
        try (CloseableHttpResponse response = client.execute(request)) {
            Map<String, String> received = new LinkedHashMap<>();
            Arrays.stream(response.getAllHeaders()).forEach(h -> received.put(h.getName(), h.getValue()));
            String body = response.getEntity() == null ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return new Response(response.getStatusLine().getStatusCode(), received, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
