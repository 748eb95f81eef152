package dev.pygov.notification.config;

import dev.pygov.notification.domain.MailBackoff;
import dev.pygov.notification.domain.UnsubscribeTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The plain-Java rules objects, built from configuration (singletons: they are immutable and final). */
@ApplicationScoped
public class NotificationBeans {

    @Produces
    @Singleton
    UnsubscribeTokens unsubscribeTokens(@ConfigProperty(name = "pygov.unsubscribe.secret") String secret) {
        return new UnsubscribeTokens(secret);
    }

    @Produces
    @Singleton
    MailBackoff mailBackoff(MailSettings settings) {
        return new MailBackoff(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff());
    }
}
