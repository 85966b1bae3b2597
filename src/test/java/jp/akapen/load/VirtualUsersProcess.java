package jp.akapen.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link VirtualUsers} in a JVM of its own, started with this JVM's java and class path: its lines are echoed here,
 * and the load test waits on them (the results written, the push connections open). Closing it ends the JVM.
 */
final class VirtualUsersProcess implements AutoCloseable {

    private static final String END = "\u0000end";

    private final Process process;
    private final OutputStream commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private VirtualUsersProcess(Process process) {
        this.process = process;
        this.commands = process.getOutputStream();
        Thread.ofPlatform().daemon().name("virtual-users-output").start(() -> {
            var output = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8);
            try (var out = new BufferedReader(output)) {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
            lines.add(END);
        });
    }

    static VirtualUsersProcess start(int port, Path people, Path text, Path results) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String setting : List.of("load.duration", "load.rampUp", "load.think", "load.pause")) {
            String value = System.getProperty(setting);
            if (value != null) {
                command.add("-D" + setting + "=" + value);
            }
        }
        command.addAll(List.of(VirtualUsers.class.getName(), Integer.toString(port), people.toString(), text.toString(),
                results.toString()));
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new VirtualUsersProcess(process);
    }

    /** Waits until the virtual users have written their results; returns the iterations they went through. */
    long awaitResults(Duration timeout) throws InterruptedException {
        long iterations = -1;
        for (String line; !VirtualUsers.RESULTS.equals(line = next(timeout)); ) {
            if (line.startsWith(VirtualUsers.ITERATIONS + " ")) {
                iterations = Long.parseLong(line.substring(VirtualUsers.ITERATIONS.length() + 1).strip());
            }
        }
        return iterations;
    }

    /** Opens every virtual user's push connection; returns how many opened. */
    long openPush() throws IOException, InterruptedException {
        commands.write((VirtualUsers.PUSH + "\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
        for (String line; ; ) {
            line = next(Duration.ofMinutes(2));
            if (line.startsWith(VirtualUsers.PUSHED + " ")) {
                return Long.parseLong(line.substring(VirtualUsers.PUSHED.length() + 1).split(" ")[0]);
            }
        }
    }

    private String next(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new IllegalStateException("the virtual users said nothing for " + timeout);
        }
        if (END.equals(line)) {
            throw new IllegalStateException("the virtual users' JVM ended early (exit " + exitCode() + ")");
        }
        return line;
    }

    private String exitCode() throws InterruptedException {
        return process.waitFor(10, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "none yet";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            commands.close();
        } catch (IOException e) {
            // the process is gone already
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
