package dev.onramp.mail;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its templates, {@code templates/mail/messages/<name>.html} and {@code …/<name>.txt}
 * (Thymeleaf, HTML and text mode; every visible string a key of the message bundle), and its subject from the key
 * {@code mail.<name>.subject}. Values in the model are escaped in the HTML part, so names such as
 * {@code <img src=x onerror=alert(1)>} arrive as text.
 */
@Component
public class MailTemplates {

    static final String PREFIX = "templates/mail/messages/";

    private final SpringTemplateEngine engine;
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The rendered parts of message {@code name}: subject (with {@code subjectArgs}), plain text and HTML. */
    public Rendered render(String name, Locale locale, Map<String, Object> model, Object... subjectArgs) {
        Context context = new Context(locale, model);
        String subject = messages.getMessage("mail." + name + ".subject", subjectArgs, locale)
                .replaceAll("[\\r\\n]+", " ").strip();
        return new Rendered(subject, engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    public record Rendered(String subject, String text, String html) {
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
