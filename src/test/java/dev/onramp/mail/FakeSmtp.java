package dev.onramp.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that misbehaves, for the outbox's failure paths: one that refuses every recipient (550), or one that
 * takes the connection and never says a word. Closing it stops it.
 */
final class FakeSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> clients = new ArrayList<>();
    private final Thread thread;

    private FakeSmtp(boolean answers) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(answers), "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    static FakeSmtp refusingRecipients() throws IOException {
        return new FakeSmtp(true);
    }

    static FakeSmtp silent() throws IOException {
        return new FakeSmtp(false);
    }

    JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getLocalPort());
        return sender;
    }

    private void serve(boolean answers) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                synchronized (clients) {
                    clients.add(client);
                }
                if (answers) {
                    refuse(client);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void refuse(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            say(out, "220 fake ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO") || command.startsWith("MAIL")
                        || command.startsWith("RSET") || command.startsWith("NOOP")) {
                    say(out, "250 ok");
                } else if (command.startsWith("RCPT")) {
                    say(out, "550 5.1.1 mailbox unavailable");
                } else if (command.startsWith("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "503 bad sequence");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (clients) {
            for (Socket client : clients) {
                client.close();
            }
        }
    }
}
