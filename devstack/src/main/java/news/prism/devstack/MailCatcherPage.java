package news.prism.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.prism.testkit.MailServer;

/** A page on the local stack that lists every e-mail the mail catcher received, newest first. */
final class MailCatcherPage implements AutoCloseable {

    private final HttpServer server;

    MailCatcherPage(MailServer mail, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] page = render(mail.receivedMessages().stream().map(CaughtMail::of).toList().reversed())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private static String render(List<CaughtMail> mails) {
        StringBuilder html = new StringBuilder("<!doctype html><meta charset=utf-8><title>Prism mail catcher</title>"
                + "<h1>Caught e-mail (" + mails.size() + ")</h1>");
        for (CaughtMail mail : mails) {
            html.append("<article><h2>").append(escape(mail.subject())).append("</h2><p>To: ")
                    .append(escape(String.join(", ", mail.to()))).append("</p><pre>").append(escape(mail.text()))
                    .append("</pre></article><hr>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
