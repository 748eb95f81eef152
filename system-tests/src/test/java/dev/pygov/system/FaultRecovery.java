package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each fault test, whatever it stopped is started again (also when it failed half-way), so that the tests
 * after it find the whole platform running and ready.
 */
public class FaultRecovery implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        RunningPlatform platform = PlatformExtension.platform();
        if (!platform.kafka().isRunning()) {
            platform.startKafka();
        }
        if (!platform.mail().isSmtpRunning()) {
            platform.startSmtp();
        }
        platform.services().stream().filter(service -> !service.process().isAlive())
                .forEach(service -> platform.startService(service.spec().name()));
    }
}
