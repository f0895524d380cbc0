package com.weibao.platform.security.login;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The webapps' login form (username, password, url-encoded), read here for the user name and replayed to Camunda's
 * login resource, which reads the body itself (had a filter asked the servlet for the form's parameters, Jersey
 * would warn on every login that the body was consumed). Larger bodies than a login form are passed on unread.
 */
final class FormLoginRequest extends HttpServletRequestWrapper {

    private static final int MAX_FORM_BYTES = 16 * 1024;

    private final byte[] head;
    private final InputStream body;

    private FormLoginRequest(HttpServletRequest request, byte[] head, InputStream rest) {
        super(request);
        this.head = head;
        this.body = new SequenceInputStream(new ByteArrayInputStream(head), rest);
    }

    static FormLoginRequest of(HttpServletRequest request) throws IOException {
        InputStream in = request.getInputStream();
        return new FormLoginRequest(request, in.readNBytes(MAX_FORM_BYTES + 1), in);
    }

    /** The form's username, or null if there is none or the body is no login form. */
    String username() {
        if (head.length > MAX_FORM_BYTES) {
            return null;
        }
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(getCharacterEncoding());
        for (String field : new String(head, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = field.indexOf('=');
            if (eq > 0 && "username".equals(field.substring(0, eq))) {
                try {
                    return URLDecoder.decode(field.substring(eq + 1), charset);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int b = body.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = body.read(buffer, offset, length);
                finished = n < 0;
                return n;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the login form is read synchronously");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(body, charset));
    }
}
