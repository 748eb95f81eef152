package dev.pygov.devstack;

import dev.pygov.devstack.clock.ClockCommand;
import dev.pygov.devstack.demo.DemoWorldSeeder;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * {@code java -jar pygov-devstack.jar}: starts the whole platform, prints where everything is, stops on Ctrl-C.
 * {@code java -jar pygov-devstack.jar clock [+DURATION]}: prints (after moving it forward) the platform clock.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("clock")) {
            System.exit(clock(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        // Before anything logs: the embedded servers log through JBoss LogManager, which must own JUL.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        LauncherArgs.Start start;
        try {
            start = LauncherArgs.parse(args, PlatformOptions.defaults());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LauncherArgs.USAGE);
            System.exit(2);
            return;
        }
        if (start == null) {
            System.out.print(LauncherArgs.USAGE);
            return;
        }
        PlatformOptions options = start.options();
        long startMillis = System.currentTimeMillis();
        RunningPlatform platform;
        try {
            logEmbeddedServersToFile(options);
            platform = Platform.start(options, line -> System.out.println("[devstack] " + line));
        } catch (PlatformStartException e) {
            System.err.println("[devstack] " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[devstack] stopping...");
            platform.close();
            System.out.println("[devstack] stopped.");
            stopped.countDown();
        }, "pygov-devstack-shutdown"));
        try {
            if (start.demoWorld()) {
                DemoWorldSeeder.seedOnce(platform, line -> System.out.println("[devstack] " + line));
            }
        } catch (RuntimeException e) {
            System.err.println("[devstack] " + e.getMessage());
            System.exit(1); // the shutdown hook stops the platform
            return;
        }
        System.out.println(SummaryTable.render(platform, startMillis));
        stopped.await();
    }

    /** {@code clock [+DURATION] [--data-dir DIR]}: prints (after moving it forward) the platform's now. */
    static int clock(String[] args) {
        ClockCommand.Request request;
        try {
            request = ClockCommand.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ClockCommand.USAGE);
            return 2;
        }
        return ClockCommand.run(request, System.out, System.err);
    }

    private static void logEmbeddedServersToFile(PlatformOptions options) {
        try {
            Files.createDirectories(options.logDir());
            FileHandler file = new FileHandler(options.logDir().resolve("devstack.log").toString(), true);
            file.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException e) {
            System.err.println("[devstack] no log file for the embedded servers: " + e.getMessage());
        }
    }
}
