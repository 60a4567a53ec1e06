package dev.onramp.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.decision.DecideAndOffer;
import dev.onramp.decision.DecideAndOfferDriver;
import dev.onramp.hiring.ApplicationRepository;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.OutOfRangeException;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An offer starts within two years and pays at most a billion a year: at the form, and again in the service. */
@OnrampAppTest
class OfferRangesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    WebTest web;
    @Autowired
    Offers offers;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    PersonRepository people;
    @Autowired
    UserDetailsService users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    Clock clock;

    DecideAndOfferDriver driver;

    @BeforeEach
    void driver() {
        driver = new DecideAndOfferDriver(runtime, tasks, management, history);
    }

    @AfterEach
    void cleanUp() {
        driver.cleanUp();
    }

    @Test
    void shouldRefuseAStartMoreThanTwoYearsAheadAndKeepIt() {
        Task task = offerTask();
        String typed = today().plusYears(2).plusDays(1).toString();

        Page response = post(task, offer(typed, "80000"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#startDate-error"))
                .isEqualTo("The start date must be within two years, by " + today().plusYears(2) + " at the latest.");
        assertThat(response.value("#startDate")).isEqualTo(typed);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseAStartInYear999999999AsAFieldError() {
        Task task = offerTask();

        Page response = post(task, offer("+999999999-12-31", "80000"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#startDate-error")).startsWith("The start date must be within two years");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseMoreThanABillionAYear() {
        Task task = offerTask();

        Page response = post(task, offer(today().plusDays(30).toString(), "1000000000.01"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("#annualAmount-error")).isEqualTo("The annual compensation is between 0.01 and 1000000000.");
        assertThat(response.value("#annualAmount")).isEqualTo("1000000000.01");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldHaveTheServiceRefuseAFarStartAndAHugeAmountAndSaveNothing() {
        Task task = offerTask();
        OnrampUser rita = (OnrampUser) users.loadUserByUsername("rita");

        assertThatThrownBy(() -> offers.prepare(task, details(LocalDate.MAX, "80000"), rita))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThatThrownBy(() -> offers.prepare(task, details(today().plusDays(30), "5000000000"), rita))
                .isInstanceOfSatisfying(OutOfRangeException.class, e -> assertThat(e.field()).isEqualTo("annualAmount"));

        assertThat(offers.offerOf(task)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    private Task offerTask() {
        long application = DecideAndOfferDriver.freshApplication(applications, people.findByUsername("rita").orElseThrow().id());
        ProcessInstance pi = driver.startAt(DecideAndOffer.TASK_PREPARE_OFFER, application);
        return driver.task(pi, DecideAndOffer.TASK_PREPARE_OFFER);
    }

    private Page post(Task task, Map<String, String> fields) {
        String form = "/tasks/" + task.getId() + "/" + DecideAndOffer.FORM_OFFER;
        return web.signedIn("rita").postForm(form, form, fields);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    private static OfferDetails details(LocalDate start, String amount) {
        return new OfferDetails(start, "DE", "Europe/Berlin", new BigDecimal(amount), "EUR", null);
    }

    private static Map<String, String> offer(String startDate, String amount) {
        Map<String, String> fields = new HashMap<>();
        fields.put("startDate", startDate);
        fields.put("workCountry", "DE");
        fields.put("timeZone", "Europe/Berlin");
        fields.put("annualAmount", amount);
        fields.put("currency", "EUR");
        fields.put("note", "");
        return fields;
    }
}
