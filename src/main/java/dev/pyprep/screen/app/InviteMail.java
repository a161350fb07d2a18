package dev.pyprep.screen.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invite mails through Spring Mail when an SMTP server is configured (spring.mail.host); without one, or when
 * sending fails, the recruiter's page shows the link to copy instead.
 */
@Component
class InviteMail {

    private static final Logger log = LoggerFactory.getLogger(InviteMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final ScreenProperties settings;

    InviteMail(ObjectProvider<JavaMailSender> sender, ScreenProperties settings) {
        this.sender = sender;
        this.settings = settings;
    }

    boolean send(String to, String screenTitle, int minutes, String link, String expires) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject("Your PyPrep screen: " + screenTitle);
        message.setText("""
                Hello,

                You are invited to take the timed screen "%s" (%d minutes once you press Start).

                Open this link to begin (it is personal, do not share it):
                %s

                The link expires at %s (UTC).
                """.formatted(screenTitle, minutes, link, expires));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Invite mail to {} could not be sent: {}", to, e.getMessage());
            return false;
        }
    }
}
