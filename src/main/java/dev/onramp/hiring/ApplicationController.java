package dev.onramp.hiring;

import dev.onramp.hiring.Applications.DuplicateApplicationException;
import dev.onramp.hiring.Applications.RequisitionClosedException;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.Countries;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a candidate to a requisition, and an application's page. */
@Controller
class ApplicationController {

    static final String FORM_VIEW = "hiring/application-form";
    static final String DETAIL_VIEW = "hiring/application";

    private final Applications service;
    private final ApplicationRepository applicationRepository;
    private final RequisitionRepository requisitions;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final ApplicationFormValidator validator;
    private final Clock clock;
    private final ApplicationTimeline timeline;
    private final List<ApplicationSection> sections;

    ApplicationController(Applications service, ApplicationRepository applicationRepository, RequisitionRepository requisitions, TeamRepository teams,
                          PersonRepository people, ApplicationFormValidator validator, Clock clock,
                          ApplicationTimeline timeline, List<ApplicationSection> sections) {
        this.service = service;
        this.applicationRepository = applicationRepository;
        this.requisitions = requisitions;
        this.teams = teams;
        this.people = people;
        this.validator = validator;
        this.clock = clock;
        this.timeline = timeline;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ApplicationSection::order)).toList();
    }

    @InitBinder("applicationForm")
    void initApplicationBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
        binder.addValidators(validator);
    }

    @GetMapping("/requisitions/{requisitionId}/applications/new")
    @PreAuthorize(HiringSecurityConfig.RECRUITING)
    public String initCreationForm(@PathVariable long requisitionId, Model model, RedirectAttributes redirect) {
        Requisition requisition = requisitions.get(requisitionId);
        if (!requisition.isOpen()) {
            return closed(requisitionId, redirect);
        }
        model.addAttribute("applicationForm", ApplicationForm.empty());
        return form(requisition, model);
    }

    @PostMapping("/requisitions/{requisitionId}/applications")
    @PreAuthorize(HiringSecurityConfig.RECRUITING)
    public String processCreationForm(@PathVariable long requisitionId, @Valid ApplicationForm applicationForm,
                                      BindingResult result, @AuthenticationPrincipal OnrampUser me, Model model,
                                      RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Requisition requisition = requisitions.get(requisitionId);
            return requisition.isOpen() ? form(requisition, model) : closed(requisitionId, redirect);
        }
        // the service reads (and locks) the requisition: unknown is a 404, closed comes back as RequisitionClosedException
        try {
            long id = service.add(requisitionId, applicationForm, me);
            redirect.addFlashAttribute("flash", "application.added");
            return "redirect:/applications/" + id;
        } catch (RequisitionClosedException e) {
            return closed(requisitionId, redirect);
        } catch (DuplicateApplicationException e) {
            result.rejectValue("email", "application.email.duplicate");
        } catch (ApplicationProcesses.NotStartedException e) {
            result.reject("application.notStarted");
        }
        return form(requisitions.get(requisitionId), model);
    }

    @GetMapping("/applications/{id}")
    public String show(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model) {
        Application application = service.requireVisible(id, me);
        Requisition requisition = requisitions.get(application.requisitionId());
        model.addAttribute("app", application); // not "application": Thymeleaf reserves that name for the servlet context
        model.addAttribute("requisition", requisition);
        model.addAttribute("team", teams.get(requisition.teamId()));
        model.addAttribute("countryName", countryName(application.candidateCountry()));
        model.addAttribute("candidateNow", ZonedDateTime.now(clock.withZone(ZoneId.of(application.candidateZone()))));
        model.addAttribute("appliedAt", application.createdAt().atZone(me.timeZone()));
        model.addAttribute("createdBy", people.get(application.createdBy()).displayName());
        ApplicationTimeline.Timeline shown = timeline.of(id, me.timeZone());
        model.addAttribute("timeline", shown);
        model.addAttribute("stageName", shown.stageName());
        model.addAttribute("phase", shown.phase());
        model.addAttribute("screeningNote", applicationRepository.screeningNote(id).orElse(null));
        for (ApplicationSection section : sections) {
            model.addAllAttributes(section.model(application, me));
        }
        model.addAttribute("sections", sections);
        return DETAIL_VIEW;
    }

    private String form(Requisition requisition, Model model) {
        model.addAttribute("requisition", requisition);
        model.addAttribute("countries", Countries.all(LocaleContextHolder.getLocale()));
        model.addAttribute("sources", Application.Source.values());
        return FORM_VIEW;
    }

    private static String closed(long requisitionId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "application.requisitionClosed");
        return "redirect:/requisitions/" + requisitionId;
    }

    static String countryName(String code) {
        return Countries.name(code, LocaleContextHolder.getLocale());
    }

}
