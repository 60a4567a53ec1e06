package dev.onramp.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOfferDriver;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer's three forms through MockMvc, driving the real DecideAndOffer with the real band check: the
 * recruiter's offer (errors next to the fields, input kept), the hiring manager's approval, the candidate's answer,
 * expiry, who may open which form, and submitting twice.
 */
@OnrampAppTest
class OfferPagesTest {

    @Autowired
    WebTest webTest;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    PersonRepository people;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    OfferRepository offers;

    @Autowired
    Clock clock;

    @Autowired
    dev.onramp.audit.AuditLog audit;

    DecideAndOfferDriver driver;

    @BeforeEach
    void driver() {
        driver = new DecideAndOfferDriver(runtime, tasks, management, history);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        driver.cleanUp();
    }

    /** A real application for the decision to be about. */
    private long freshApplication() {
        return DecideAndOfferDriver.freshApplication(applications, people.findByUsername("rita").orElseThrow().id());
    }

    @Test
    void shouldSaveAnOfferInsideTheBandAndWaitForTheCandidatesAnswer() {
        ProcessInstance pi = driver.startAt(DecideAndOffer.TASK_PREPARE_OFFER, freshApplication());
        Visitor rita = signedIn("rita");
        String page = formOf(pi, DecideAndOffer.TASK_PREPARE_OFFER, DecideAndOffer.FORM_OFFER);

        Page form = rita.get(page);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text("#workCountry option[value=DE]")).isEqualTo("Germany");
        assertThat(form.text("#currency option[value=JPY]")).isEqualTo("JPY");
        assertThat(form.has("datalist#iana-zones")).isTrue();
        assertThat(form.has("#offer-sent-back")).isFalse();

        Page response = rita.postForm(page, page, offer("80000", "EUR"));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/tasks");
        assertThat(rita.follow(response).flash()).contains("The offer is saved");
        Offer draft = offers.findByProcessInstance(pi.getId()).orElseThrow();
        assertThat(draft.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(draft.startDate()).isEqualTo(inAMonth());
        assertThat(draft.annualAmount()).isEqualByComparingTo("80000");
        assertThat(draft.note()).isEqualTo("Relocation support to Berlin.");

        driver.runJob(pi, DecideAndOffer.TASK_CHECK_BAND);

        Offer checked = offers.get(draft.id());
        assertThat(checked.status()).isEqualTo(OfferStatus.APPROVED);
        assertThat(checked.inBand()).isTrue();
        assertThat(checked.bandMin()).isEqualByComparingTo("55000");
        assertThat(checked.bandMax()).isEqualByComparingTo("95000");
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_RECORD_ANSWER)).isTrue();
        assertThat(rita.postForm("/tasks", page, offer("80000", "EUR")).status()).as("a second submit").isEqualTo(409);
    }

    @Test
    void shouldShowEachBadFieldsErrorNextToItAndKeepTheInput() {
        ProcessInstance pi = driver.startAt(DecideAndOffer.TASK_PREPARE_OFFER, freshApplication());
        Visitor rita = signedIn("rita");
        String page = formOf(pi, DecideAndOffer.TASK_PREPARE_OFFER, DecideAndOffer.FORM_OFFER);

        Map<String, String> bad = offer("abc", "XYZ");
        bad.put("startDate", "2020-01-01");
        bad.put("timeZone", "Mars/Olympus_Mons");
        bad.put("workCountry", "ZZ");
        Page response = rita.postForm(page, page, bad);

        assertThat(response.status()).isEqualTo(200);
        assertThat(fieldErrors(response))
                .contains("The start date is in the past.")
                .contains("Enter the annual compensation as a number")
                .contains("Unknown currency").contains("Unknown time zone")
                .contains("Choose a country from the list.");
        assertThat(response.value("#startDate")).isEqualTo("2020-01-01");
        assertThat(response.value("#annualAmount")).isEqualTo("abc");
        assertThat(response.value("#timeZone")).isEqualTo("Mars/Olympus_Mons");

        Page negative = rita.postForm(page, page, offer("-5", "EUR"));
        assertThat(fieldErrors(negative)).contains("must be more than zero");
        assertThat(negative.value("#annualAmount")).isEqualTo("-5");
        Page empty = rita.postForm(page, page, Map.of());
        assertThat(fieldErrors(empty)).contains("Enter the start date.").contains("Enter the annual compensation.")
                .contains("Choose the currency.");

        assertThat(offers.findByProcessInstance(pi.getId())).as("nothing saved").isEmpty();
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_PREPARE_OFFER)).isTrue();
    }

    @Test
    void shouldNotShowTheOfferFormToAnInterviewer() {
        ProcessInstance pi = driver.startAt(DecideAndOffer.TASK_PREPARE_OFFER, freshApplication());
        String page = formOf(pi, DecideAndOffer.TASK_PREPARE_OFFER, DecideAndOffer.FORM_OFFER);
        Visitor ivan = signedIn("ivan");

        assertThat(ivan.get(page).status()).isEqualTo(404);
        assertThat(ivan.post(page, offer("80000", "EUR"))
                .status()).isEqualTo(404);
        assertThat(offers.findByProcessInstance(pi.getId())).isEmpty();
    }

    @Test
    void shouldLetTheHiringManagerSendAnOfferOutsideTheBandBackWithAComment() {
        ProcessInstance pi = offerWith("120000", "EUR");
        assertThat(offers.findByProcessInstance(pi.getId()).orElseThrow().status()).isEqualTo(OfferStatus.AWAITING_APPROVAL);
        String approval = formOf(pi, DecideAndOffer.TASK_APPROVE_OFFER, DecideAndOffer.FORM_OFFER_APPROVAL);
        assertThat(signedIn("rita").get(approval).status()).as("rita cannot approve").isEqualTo(404);
        Visitor hank = signedIn("hank");

        Page page = hank.get(approval);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#offer-amount")).isEqualTo("120,000.00 EUR");
        assertThat(page.text("#offer-band")).contains("55,000.00 \u2013 95,000.00 EUR");
        assertThat(page.text("#offer-outside-band")).contains("25,000.00 EUR (26%) above the band");

        Page noComment = hank.postForm(approval, approval, Map.of("decision", "SEND_BACK", "comment", ""));
        assertThat(noComment.status()).isEqualTo(200);
        assertThat(noComment.text("#comment-error")).contains("Say what should change");
        assertThat(noComment.checked("input[name=decision][value=SEND_BACK]")).isTrue();
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_APPROVE_OFFER)).isTrue();

        Page sentBack = hank.postForm(approval, approval,
                Map.of("decision", "SEND_BACK", "comment", "Please stay inside the band; 95k at most."));
        assertThat(sentBack.status()).isEqualTo(302);
        assertThat(hank.postForm("/tasks", approval, Map.of("decision", "APPROVE")).status())
                .as("a second submit").isEqualTo(409);
        Offer offer = offers.findByProcessInstance(pi.getId()).orElseThrow();
        assertThat(offer.status()).isEqualTo(OfferStatus.SENT_BACK);
        assertThat(offer.approvalComment()).isEqualTo("Please stay inside the band; 95k at most.");

        Visitor rita = signedIn("rita");
        String rewrite = formOf(pi, DecideAndOffer.TASK_PREPARE_OFFER, DecideAndOffer.FORM_OFFER);
        Page sentBackForm = rita.get(rewrite);
        assertThat(sentBackForm.has("#offer-sent-back")).isTrue();
        assertThat(sentBackForm.text("#offer-approval-comment")).isEqualTo("Please stay inside the band; 95k at most.");
        assertThat(sentBackForm.value("#annualAmount")).isEqualTo("120000.00");
        assertThat(rita.postForm(rewrite, rewrite, offer("95000", "EUR")).status()).isEqualTo(302);
        driver.runJob(pi, DecideAndOffer.TASK_CHECK_BAND);

        Offer rewritten = offers.get(offer.id());
        assertThat(rewritten.status()).isEqualTo(OfferStatus.APPROVED);
        assertThat(rewritten.annualAmount()).isEqualByComparingTo("95000");
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_RECORD_ANSWER)).isTrue();
    }

    @Test
    void shouldHireWhenAnApprovedOfferIsAccepted() {
        ProcessInstance pi = offerWith("50000", "EUR");
        String approval = formOf(pi, DecideAndOffer.TASK_APPROVE_OFFER, DecideAndOffer.FORM_OFFER_APPROVAL);
        Visitor hank = signedIn("hank");
        assertThat(hank.get(approval).text("#offer-outside-band")).contains("5,000.00 EUR (9%) below the band");
        assertThat(hank.postForm(approval, approval, Map.of("decision", "APPROVE", "comment", "")).status())
                .isEqualTo(302);
        assertThat(offers.findByProcessInstance(pi.getId()).orElseThrow().status()).isEqualTo(OfferStatus.APPROVED);

        Visitor rita = signedIn("rita");
        String answer = formOf(pi, DecideAndOffer.TASK_RECORD_ANSWER, DecideAndOffer.FORM_OFFER_ANSWER);
        assertThat(rita.get(answer).text("#offer-expires")).contains("The offer expires on").contains("(Europe/Madrid)");
        Page accepted = rita.postForm(answer, answer, Map.of("answer", "ACCEPTED"));

        assertThat(accepted.status()).isEqualTo(302);
        Offer offer = offers.findByProcessInstance(pi.getId()).orElseThrow();
        assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offer.answeredAt()).isNotNull();
        assertThat(driver.isEnded(pi)).isTrue();
        assertThat(driver.decision(pi)).isEqualTo(DecideAndOffer.DECISION_HIRE);
    }

    @Test
    void shouldNeedTheCandidatesReasonForADecline() {
        ProcessInstance pi = offerWith("80000", "EUR");
        Visitor rita = signedIn("rita");
        String answer = formOf(pi, DecideAndOffer.TASK_RECORD_ANSWER, DecideAndOffer.FORM_OFFER_ANSWER);

        Page noReason = rita.postForm(answer, answer, Map.of("answer", "DECLINED", "declineReason", ""));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.text("#declineReason-error")).contains("Give the candidate");
        assertThat(noReason.checked("input[name=answer][value=DECLINED]")).isTrue();
        assertThat(driver.isWaitingAt(pi, DecideAndOffer.TASK_RECORD_ANSWER)).isTrue();

        Page declined = rita.postForm(answer, answer,
                Map.of("answer", "DECLINED", "declineReason", "Accepted another offer closer to home."));
        assertThat(declined.status()).isEqualTo(302);
        assertThat(rita.postForm("/tasks", answer, Map.of("answer", "ACCEPTED")).status())
                .as("a second submit").isEqualTo(409);
        Offer offer = offers.findByProcessInstance(pi.getId()).orElseThrow();
        assertThat(offer.status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(offer.declineReason()).isEqualTo("Accepted another offer closer to home.");
        assertThat(driver.decision(pi)).isEqualTo(DecideAndOffer.DECISION_OFFER_DECLINED);
    }

    @Test
    void shouldSayAnOfferThatExpiredMeanwhileIsAlreadyDone() {
        ProcessInstance pi = offerWith("80000", "EUR");
        Visitor rita = signedIn("rita");
        String answer = formOf(pi, DecideAndOffer.TASK_RECORD_ANSWER, DecideAndOffer.FORM_OFFER_ANSWER);

        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(DecideAndOffer.OFFER_VALID_FOR).plus(Duration.ofMinutes(1))));
        driver.runJob(pi, DecideAndOffer.TIMER_OFFER_EXPIRED);

        assertThat(offers.findByProcessInstance(pi.getId()).orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(driver.decision(pi)).isEqualTo(DecideAndOffer.DECISION_OFFER_EXPIRED);
        Page late = rita.post(answer, Map.of("answer", "ACCEPTED"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("#task-unavailable")).contains("it was cancelled because its process moved on");
        assertThat(rita.get(answer).status()).isEqualTo(409);
        assertThat(offers.findByProcessInstance(pi.getId()).orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
    }

    /** The errors shown next to the form's fields. */
    private static String fieldErrors(Page page) {
        return String.join(" ", page.texts(".field-error"));
    }

    /** A fresh instance whose recruiter saved this offer and whose band has been checked. */
    @Test
    void shouldAuditTheOfferFromItsPreparationToTheAnswer() {
        ProcessInstance pi = offerWith("50000", "EUR");
        String approval = formOf(pi, DecideAndOffer.TASK_APPROVE_OFFER, DecideAndOffer.FORM_OFFER_APPROVAL);
        assertThat(signedIn("hank").postForm(approval, approval, Map.of("decision", "APPROVE", "comment", "")).status())
                .isEqualTo(302);
        String answer = formOf(pi, DecideAndOffer.TASK_RECORD_ANSWER, DecideAndOffer.FORM_OFFER_ANSWER);
        assertThat(signedIn("rita").postForm(answer, answer, Map.of("answer", "ACCEPTED")).status()).isEqualTo(302);

        String offerId = String.valueOf(offers.findByProcessInstance(pi.getId()).orElseThrow().id());
        var entries = audit.search(new dev.onramp.audit.AuditFilter(null, null, dev.onramp.audit.AuditActions.OFFER,
                offerId, null, null), 0, 10).entries();
        assertThat(entries).extracting(e -> e.action() + " by " + e.actor()).containsExactly(
                "offer.answered by rita", "offer.approved by hank", "offer.prepared by rita");
        assertThat(entries.get(0).detail()).isEqualTo("answer=ACCEPTED");
    }

    private ProcessInstance offerWith(String amount, String currency) {
        ProcessInstance pi = driver.startAt(DecideAndOffer.TASK_PREPARE_OFFER, freshApplication());
        String page = formOf(pi, DecideAndOffer.TASK_PREPARE_OFFER, DecideAndOffer.FORM_OFFER);
        assertThat(signedIn("rita").postForm(page, page, offer(amount, currency)).status()).isEqualTo(302);
        driver.runJob(pi, DecideAndOffer.TASK_CHECK_BAND);
        return pi;
    }

    private String formOf(ProcessInstance pi, String taskDefinitionKey, String formKey) {
        return "/tasks/" + driver.task(pi, taskDefinitionKey).getId() + "/" + formKey;
    }

    private Map<String, String> offer(String amount, String currency) {
        Map<String, String> fields = new HashMap<>();
        fields.put("startDate", inAMonth().toString());
        fields.put("workCountry", "DE");
        fields.put("timeZone", "Europe/Berlin");
        fields.put("annualAmount", amount);
        fields.put("currency", currency);
        fields.put("note", "Relocation support to Berlin.");
        return fields;
    }

    private LocalDate inAMonth() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(30);
    }

    private Visitor signedIn(String username) {
        return webTest.signedIn(username);
    }
}
