package golc.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version line, from the properties Maven filters into the CLI jar at build time. */
final class Version implements CommandLine.IVersionProvider {
    static String line() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // An unreadable resource leaves the version unknown; the line still says which Java runs golc.
        }
        return "golc version " + p.getProperty("version", "unknown") + " (Go 1.19 language) java "
                + System.getProperty("java.version") + " " + System.getProperty("os.name").toLowerCase() + "/"
                + System.getProperty("os.arch");
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}
