package news.prism.testkit;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Stands in for a service jar in {@link ServiceProcessTest}: answers /health, echoes GREETING on /greeting. */
public final class TinyHttpService {

    public static void main(String[] args) throws IOException {
        if (System.getenv("FAIL") != null) {
            System.out.println("boom: " + System.getenv("FAIL"));
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("MICRONAUT_SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/health", exchange -> answer(exchange, "UP"));
        server.createContext("/greeting", exchange -> answer(exchange, System.getenv("GREETING")));
        server.start();
        System.out.println("listening on " + port);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
