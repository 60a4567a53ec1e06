package dev.onramp.mail;

import dev.onramp.mail.OutboxEntry.Status;
import dev.onramp.mail.OutboxEntry.StoredAttachment;
import dev.onramp.system.NotFoundException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/mail}: what Onramp sent or will send — recipients, subject, body, attachments, status and retries —
 * and "send again" for a message given up. Admins only (the security rule on {@code /admin/**}). Without a mail
 * server this is where the mail can be read.
 */
@Controller
class MailAdminController {

    static final String LIST_VIEW = "mail/outbox";
    static final String DETAIL_VIEW = "mail/message";
    static final int LIMIT = 200;

    private final Outbox outbox;
    private final OutboxWorker worker;

    MailAdminController(Outbox outbox, OutboxWorker worker) {
        this.outbox = outbox;
        this.worker = worker;
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(required = false) String status, Model model) {
        Status filter = parse(status);
        model.addAttribute("messages", outbox.recent(filter, LIMIT));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("status", filter);
        model.addAttribute("backlog", outbox.backlog());
        model.addAttribute("sending", worker.sends());
        return LIST_VIEW;
    }

    @GetMapping("/admin/mail/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("message", outbox.get(id));
        model.addAttribute("attachments", outbox.attachments(id));
        model.addAttribute("sending", worker.sends());
        return DETAIL_VIEW;
    }

    @GetMapping("/admin/mail/{id}/attachments/{attachmentId}")
    ResponseEntity<String> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        StoredAttachment a = outbox.attachments(id).stream().filter(x -> x.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.fileName()).build().toString())
                .body(a.content());
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (outbox.retry(id)) {
            redirect.addFlashAttribute("flash", "mail.retried");
        } else {
            redirect.addFlashAttribute("flashError", "mail.notRetried");
        }
        return "redirect:/admin/mail/" + id;
    }

    /** A status filter from the query string; anything unknown shows every message. */
    private static Status parse(String status) {
        return status == null ? null : Arrays.stream(Status.values())
                .filter(s -> s.name().equals(status.toUpperCase(Locale.ROOT))).findFirst().orElse(null);
    }
}
