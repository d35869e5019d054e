package org.precis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void startsOnLoopbackCreatesDatabasesAndLeavesNothingBehindWhenClosed() throws IOException {
        PostgresServer server = PostgresServer.start();
        try {
            assertThat(server.createDatabase()).isEqualTo(server.jdbcUrl("test1"));
            assertThat(server.createDatabase()).endsWith("/test2?user=postgres");
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                assertThat(socket.isConnected()).isTrue();
            }
            assertThat(server.directory()).isDirectory();
        } finally {
            server.close();
        }
        assertThat(Files.exists(server.directory())).isFalse();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), server.port()).close())
                .isInstanceOf(IOException.class);
        server.close();
    }
}
