package org.gongkai.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gongkai.platform.control.CryptoKeys;
import org.gongkai.platform.entity.FieldCipher;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the personal-data keys at start-up ({@link CryptoKeys}) and installs them for the JPA
 * converter, before anything reads or writes an applicant (GB/T 39786-2021). Without a key outside
 * demo mode the deployment fails, with one clear log line saying which setting is missing.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonalDataKeys {

    private static final Logger LOG = Logger.getLogger(PersonalDataKeys.class.getName());

    @PostConstruct
    void install() {
        Config config = ConfigProvider.getConfig();
        boolean demo = config.getOptionalValue("gongkai.demo", Boolean.class).orElse(false);
        Path dataDir = config.getOptionalValue("gongkai.data.dir", String.class).filter(dir -> !dir.isBlank())
                .map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home"), ".gongkai"));
        try {
            // GONGKAI_CRYPTO_KEY_ID reaches the server as gongkai.crypto.key.id when the launcher
            // copies the environment into its properties file: both spellings are read.
            FieldCipher cipher = CryptoKeys.load(name -> config.getOptionalValue(name, String.class)
                    .or(() -> config.getOptionalValue(name.replace('-', '.'), String.class)), demo, dataDir);
            FieldCipher.install(cipher);
            LOG.info(() -> "Personal data encrypted at rest with SM4-GCM under key '" + cipher.currentKeyId()
                    + "' (keys readable: " + cipher.keyIds() + ")"
                    + (demo && !config.getOptionalValue(CryptoKeys.KEY, String.class).isPresent()
                    ? "; demo mode keeps its own keys in " + dataDir.resolve("keys") : ""));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Refusing to start: " + e.getMessage());
            throw e;
        }
    }

    /** The installed cipher, for the features that migrate or rotate their encrypted rows. */
    public FieldCipher cipher() {
        return FieldCipher.installed();
    }
}
