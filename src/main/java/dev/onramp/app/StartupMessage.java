package dev.onramp.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where Onramp answers and, with the demo organisation, how to sign in. */
@Component
class StartupMessage {

    private final boolean demo;

    StartupMessage(@Value("${onramp.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        StringBuilder text = new StringBuilder("\n\n  Onramp is running at http://localhost:")
                .append(web.getWebServer().getPort()).append("/\n");
        if (demo) {
            text.append("""
                      Demo sign-ins (password for all: demo):
                        admin  admin (Camunda Cockpit at /camunda/app/)
                        rita   recruiter
                        hank   hiring manager, Beats
                        ivan   interviewer, Beats (Europe/Berlin)
                        priya  interviewer, Beats (Asia/Kolkata)
                        sam    interviewer, Beats (Africa/Nairobi)
                        mia    mentor, Beats
                        cora   X-School coordinator
                    """);
        }
        System.out.println(text);
    }
}
