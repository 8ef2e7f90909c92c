package com.piquetickets.api.probe;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over one keep-alive socket. It writes exactly the bytes it is given: any byte in a header
 * value, any path, with no normalisation, which {@code java.net.http.HttpClient} and {@code java.net.URI} refuse to do.
 * Requests go one at a time; the connection is reopened when the server closes it.
 */
final class RawHttpClient implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int sentOnConnection;

    RawHttpClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends the request and reads the whole answer; throws on a time-out or a connection that fails twice. */
    RawResponse send(RawRequest request, Duration readTimeout) throws IOException {
        byte[] bytes = request.toBytes(host + ":" + port);
        long started = System.nanoTime();
        try {
            return exchange(request, bytes, readTimeout, started);
        } catch (StaleConnectionException stale) {
            // The server closed an idle kept-alive connection before reading this request: send it again, once.
            closeQuietly();
            return exchange(request, bytes, readTimeout, System.nanoTime());
        } catch (IOException e) {
            closeQuietly();
            throw e;
        }
    }

    private RawResponse exchange(RawRequest request, byte[] bytes, Duration readTimeout, long started)
            throws IOException {
        boolean reused = connect();
        socket.setSoTimeout((int) readTimeout.toMillis());
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            if (reused) {
                throw new StaleConnectionException();
            }
            throw e;
        }
        String statusLine = readLine();
        if (statusLine == null) {
            if (reused) {
                throw new StaleConnectionException();
            }
            throw new EOFException("connection closed before an answer");
        }
        sentOnConnection++;
        List<String[]> headers = readHeaders();
        RawResponse head = new RawResponse(status(statusLine), headers, new byte[0], 0);
        byte[] body = readBody(request.method(), head);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if ("close".equalsIgnoreCase(head.header("Connection"))) {
            closeQuietly();
        }
        return new RawResponse(head.status(), headers, body, elapsedMillis);
    }

    /** Opens a connection when none is open; true when an open one is reused. */
    private boolean connect() throws IOException {
        if (socket != null && !socket.isClosed()) {
            return sentOnConnection > 0;
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
        sentOnConnection = 0;
        return false;
    }

    private static int status(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        return Integer.parseInt(parts[1]);
    }

    private List<String[]> readHeaders() throws IOException {
        List<String[]> headers = new ArrayList<>();
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
        }
        return headers;
    }

    private byte[] readBody(String method, RawResponse head) throws IOException {
        int status = head.status();
        if ("HEAD".equals(method) || status == 204 || status == 304 || status < 200) {
            return new byte[0];
        }
        String encoding = head.header("Transfer-Encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked();
        }
        String length = head.header("Content-Length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length.trim()));
        }
        byte[] rest = in.readAllBytes();
        closeQuietly();
        return rest;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("connection closed inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine();
        }
    }

    /** One CRLF-terminated line as ISO-8859-1 (header bytes map one to one), or null at the end of the stream. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
            socket = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private static final class StaleConnectionException extends IOException {
    }
}
