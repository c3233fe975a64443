package news.prism.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a benchmark runs from: the repository's root (for the service jars) and the folder for its logs. */
record BenchmarkFiles(Path root, Path work) {

    static BenchmarkFiles create() throws IOException {
        Path root = Path.of(System.getProperty("prism.home", ".")).toAbsolutePath().normalize();
        return new BenchmarkFiles(root, Files.createDirectories(root.resolve(".prism/benchmarks")));
    }

    /** The command line's argument at {@code index} as a number, or the default when it is absent. */
    static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
