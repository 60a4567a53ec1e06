package dev.onramp.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.hiring.ApplicationRepository.NewApplication;
import dev.onramp.hiring.RequisitionRepository.NewRequisition;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OnrampAppTest;
import dev.onramp.system.WebTest;
import dev.onramp.system.WebTest.Page;
import dev.onramp.system.WebTest.Visitor;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The whole app through MockMvc, signed in as demo people, with the hiring process replaced by a
 * mock (its BPMN lives elsewhere). Every hiring web test extends this, so they share one context;
 * the database is shared too, so each test makes its own requisitions with unique titles.
 */
@OnrampAppTest
abstract class HiringWebSupport {

    @Autowired
    WebTest web;

    @MockitoBean
    ApplicationProcesses processes;

    @Autowired
    RequisitionRepository requisitions;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    TeamRepository teams;

    @Autowired
    PersonRepository people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Visitor signedIn(String username) {
        return web.signedIn(username);
    }

    Person person(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    long teamId(String slug) {
        return teams.findBySlug(slug).orElseThrow().id();
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** An open Beats requisition with Hank as its hiring manager. */
    long openRequisition(String title) {
        return requisitions.insert(new NewRequisition(teamId("beats"), title, person("hank").id(), "Anywhere", 1,
                "", person("rita").id(), clock.instant()));
    }

    long insertApplication(long requisitionId, String name, String email) {
        return applications.insert(new NewApplication(requisitionId, name, email, "Europe/Lisbon", "PT", null,
                Application.Source.INBOUND, person("rita").id(), clock.instant()));
    }

    static Map<String, String> validApplication(String email) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", "Grace Hopper");
        fields.put("email", email);
        fields.put("zone", "America/New_York");
        fields.put("country", "US");
        fields.put("resumeUrl", "https://example.com/grace.pdf");
        fields.put("source", "REFERRAL");
        return fields;
    }

    static String location(Page response) {
        assertThat(response.status()).as(response.html()).isEqualTo(302);
        return response.location();
    }

    static long idAtEndOf(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
