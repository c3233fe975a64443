package news.prism.testkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process (a JVM, or a program such as a browser) whose output goes to a log file and which never outlives
 * this JVM: a shutdown hook stops it, unless {@link StopOnExit} leaves that to the caller. Stopping it also ends the
 * processes it started itself.
 */
public final class ChildProcess implements AutoCloseable {

    private static final long STOP_GRACE_SECONDS = 15;
    private static final int LOG_TAIL_BYTES = 8 * 1024;
    private static final int MAX_ERROR_LINES = 20;

    private final Process process;
    private final Path logFile;
    private final long logStart;
    private final Thread shutdownHook;

    private ChildProcess(Process process, Path logFile, long logStart) {
        this.process = process;
        this.logFile = logFile;
        this.logStart = logStart;
        this.shutdownHook = new Thread(this::stop, "stop-child-" + process.pid());
        if (StopOnExit.eachByItself()) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** Starts {@code java <jvmArguments...>} with the JVM that runs this code, appending its output to the log file. */
    static ChildProcess startJava(List<String> jvmArguments, Map<String, String> environment, Path workingDirectory,
                                  Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(jvmArguments);
        return start(command, environment, workingDirectory, logFile);
    }

    /** Starts the command, appending its output to the log file. */
    public static ChildProcess start(List<String> command, Map<String, String> environment, Path workingDirectory,
                                     Path logFile) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            // The log may hold earlier runs (a kept data directory); error reports cover this run only.
            long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
            return new ChildProcess(builder.start(), logFile, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    /** Runs {@code java <jvmArguments...>} to completion, failing with its output if it does not exit with 0. */
    static void runJava(String description, List<String> jvmArguments, Path workingDirectory, Path logFile,
                        long timeoutSeconds) {
        try (ChildProcess child = startJava(jvmArguments, Map.of(), workingDirectory, logFile)) {
            if (!child.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException(description + " timed out after " + timeoutSeconds + " s"
                        + "\n" + child.logTail());
            }
            if (child.process.exitValue() != 0) {
                throw new IllegalStateException(description + " failed with exit code " + child.process.exitValue()
                        + "\n" + child.logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    Path logFile() {
        return logFile;
    }

    /**
     * What the child logged in this run, for error messages: its error lines first, since shutdown chatter after a
     * failure can push the cause out of the tail, then the tail.
     */
    public String logTail() {
        try {
            String tail = read(Math.max(logStart, Files.size(logFile) - LOG_TAIL_BYTES));
            return errorLines() + "--- end of " + logFile + " ---\n" + tail;
        } catch (IOException e) {
            return "(log " + logFile + " unreadable: " + e + ")";
        }
    }

    private String errorLines() throws IOException {
        List<String> errors = read(logStart).lines()
                .filter(line -> line.contains(" ERROR ") || line.contains("FATAL") || line.startsWith("Caused by:"))
                .limit(MAX_ERROR_LINES)
                .toList();
        return errors.isEmpty() ? "" : "--- errors in " + logFile + " ---\n" + String.join("\n", errors) + "\n";
    }

    private String read(long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Ends the process at once with SIGKILL, as {@code kill -9} does: no shutdown hook runs and nothing is flushed or
     * closed, so it dies as in a power cut, with its work in flight.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Process " + process.pid() + " did not end after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing process " + process.pid(), e);
        }
        close();
    }

    /** Stops the process and the processes it started; a stopped one stays stopped. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to; nothing left to do.
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        // Taken while the process lives: once it has ended, its children are no longer known as its descendants.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.destroyForcibly();
                child.onExit().get(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A process started by " + process.pid() + " did not end", e);
        }
    }
}
