package dev.nestql.example.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP forwarder between the app and PostgreSQL that a test can cut, to see what the app does when
 * its database goes away, and restore, to see it recover. Cutting closes every open connection and
 * stops listening, so new connections are refused.
 */
public final class TcpProxy implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new ArrayList<>(); // guarded by this
    private ServerSocket listener; // guarded by this
    private boolean open; // guarded by this

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        listen(first);
    }

    /** The local port to connect to instead of the target's. */
    public int port() {
        return port;
    }

    /** Closes every forwarded connection and refuses new ones. */
    public synchronized void cut() throws IOException {
        open = false;
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() throws IOException {
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(again);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private synchronized void listen(ServerSocket server) {
        listener = server;
        open = true;
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (!track(client)) {
                        continue;
                    }
                    Socket upstream = new Socket(targetHost, targetPort);
                    if (!track(upstream)) {
                        client.close();
                        continue;
                    }
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // closed by cut(), or the target refused: the client sees its connection end
                }
            }
        }, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Keeps {@code socket} for {@link #cut()}, or closes it when the proxy was cut meanwhile. */
    private synchronized boolean track(Socket socket) throws IOException {
        if (!open) {
            socket.close();
            return false;
        }
        sockets.add(socket);
        return true;
    }

    private static void pipe(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    to.close();
                    from.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "tcp-proxy-pipe");
        copier.setDaemon(true);
        copier.start();
    }
}
