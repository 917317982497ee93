package io.github.camelelevenlabs.fake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A TLS identity for the fake, made once per JVM with the JDK's keytool: a key store whose certificate names
 * {@code localhost} (and no IP address), and a trust store that holds that certificate, for clients that are to
 * trust the fake. Nothing is fetched or installed: keytool ships with every JDK.
 */
public final class FakeCertificate {

    /** The password of both stores: a test value, never a real secret. */
    public static final String PASSWORD = "fake-store-password";

    private static Path keyStore;
    private static Path trustStore;

    private FakeCertificate() {
    }

    /** @return the PKCS12 key store the fake serves TLS with */
    public static synchronized Path keyStore() {
        make();
        return keyStore;
    }

    /** @return a PKCS12 trust store holding the fake's certificate */
    public static synchronized Path trustStore() {
        make();
        return trustStore;
    }

    private static void make() {
        if (keyStore != null) {
            return;
        }
        try {
            Path directory = Files.createTempDirectory("fake-elevenlabs-tls");
            directory.toFile().deleteOnExit();
            Path keys = directory.resolve("fake.p12");
            Path certificate = directory.resolve("fake.cer");
            Path trusted = directory.resolve("trust.p12");
            keytool("-genkeypair", "-alias", "fake", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-keystore", keys.toString(),
                    "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-alias", "fake", "-keystore", keys.toString(), "-storepass", PASSWORD, "-file",
                    certificate.toString());
            keytool("-importcert", "-noprompt", "-alias", "fake", "-file", certificate.toString(), "-keystore",
                    trusted.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
            keyStore = keys;
            trustStore = trusted;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not make the fake's certificate with keytool", e);
        }
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
