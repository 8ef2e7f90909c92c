package com.piquetickets.api.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An HTTP/1.1 request as bytes: the request target is sent as it is (already percent-encoded, or deliberately not),
 * header values are raw bytes (so they may hold bytes no well-behaved client sends), the body may be null.
 */
record RawRequest(String method, String target, List<Header> headers, byte[] body) {

    record Header(String name, byte[] value) {

        static Header of(String name, String value) {
            return new Header(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    byte[] toBytes(String hostAndPort) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + (body == null ? 0 : body.length));
        bytes.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: " + hostAndPort + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (Header header : headers) {
            bytes.writeBytes((header.name() + ": ").getBytes(StandardCharsets.ISO_8859_1));
            bytes.writeBytes(header.value());
            bytes.writeBytes(new byte[] {'\r', '\n'});
        }
        if (body != null) {
            bytes.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        } else if (!"GET".equals(method) && !"DELETE".equals(method)) {
            bytes.writeBytes("Content-Length: 0\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        bytes.writeBytes(new byte[] {'\r', '\n'});
        if (body != null) {
            bytes.writeBytes(body);
        }
        return bytes.toByteArray();
    }
}
