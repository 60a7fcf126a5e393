import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.TestServicesStarter;
import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * Temporal's time-skipping test server, bound to 127.0.0.1, with one addition to the
 * upstream io.temporal.testserver.TestServer: `--start-time=<ISO instant>` sets the
 * server's clock, so workflow tests can run in the year their calendar facts belong to
 * (e.g. lunar Tết 2022). Usage: <port> [--enable-time-skipping] [--start-time=...]
 */
public final class DondocTestServer {
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: DondocTestServer <port> [--enable-time-skipping] [--start-time=2022-01-01T00:00:00Z]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    boolean timeSkipping = false;
    long startMillis = System.currentTimeMillis();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--enable-time-skipping")) {
        timeSkipping = true;
      } else if (args[i].startsWith("--start-time=")) {
        startMillis = Instant.parse(args[i].substring("--start-time=".length())).toEpochMilli();
      } else {
        System.err.println("unknown argument: " + args[i]);
        System.exit(2);
      }
    }
    TestServicesStarter services = new TestServicesStarter(!timeSkipping, startMillis);
    NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port));
    for (BindableService service : services.getServices()) {
      builder.addService(service);
    }
    Server server = builder.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdownNow();
      services.close();
    }));
    server.awaitTermination();
  }
}
