package news.prism.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The container images of the Docker path, as recorded at build time in prism/testkit.properties. */
final class ContainerImages {

    private static final Properties IMAGES = load();

    private ContainerImages() {
    }

    static String kafka() {
        return IMAGES.getProperty("kafka.image");
    }

    static String postgres() {
        return IMAGES.getProperty("postgres.image");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ContainerImages.class.getClassLoader().getResourceAsStream("prism/testkit.properties")) {
            if (in == null) {
                throw new IllegalStateException("prism/testkit.properties is missing from the classpath");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
