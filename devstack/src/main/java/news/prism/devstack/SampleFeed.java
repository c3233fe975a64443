package news.prism.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/** An RSS feed of sample articles, served on loopback for ingest-service to poll in the demo. */
final class SampleFeed implements AutoCloseable {

    private final HttpServer server;

    SampleFeed() {
        byte[] feed;
        try (InputStream in = SampleFeed.class.getClassLoader().getResourceAsStream("demo/feed.xml")) {
            if (in == null) {
                throw new IllegalStateException("Missing demo/feed.xml");
            }
            feed = in.readAllBytes();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
