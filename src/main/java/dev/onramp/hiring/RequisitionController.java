package dev.onramp.hiring;

import dev.onramp.people.OnrampUser;
import dev.onramp.people.Person;
import dev.onramp.people.PersonRepository;
import dev.onramp.people.Role;
import dev.onramp.people.Team;
import dev.onramp.people.TeamRepository;
import dev.onramp.system.OutOfRangeException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pipeline: requisitions with their counts, opening one, its page with its applications and history, editing and closing it. */
@Controller
@PreAuthorize(HiringSecurityConfig.PIPELINE)
class RequisitionController {

    static final String LIST_VIEW = "hiring/requisitions";
    static final String FORM_VIEW = "hiring/requisition-form";
    static final String DETAIL_VIEW = "hiring/requisition";
    static final String EDIT_VIEW = "hiring/requisition-edit";
    /** Applications on one page of a requisition. */
    static final int APPLICATIONS_PAGE = 50;

    private final Requisitions service;
    private final Applications applicationService;
    private final RequisitionRepository requisitions;
    private final ApplicationRepository applications;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final RequisitionFormValidator validator;
    private final RequisitionAccess access;
    private final Clock clock;
    private final ApplicationPhases phases;

    RequisitionController(Requisitions service, Applications applicationService, RequisitionRepository requisitions, ApplicationRepository applications,
                          TeamRepository teams, PersonRepository people, RequisitionFormValidator validator,
                          RequisitionAccess access, Clock clock, ApplicationPhases phases) {
        this.service = service;
        this.applicationService = applicationService;
        this.requisitions = requisitions;
        this.applications = applications;
        this.teams = teams;
        this.people = people;
        this.validator = validator;
        this.access = access;
        this.clock = clock;
        this.phases = phases;
    }

    @InitBinder("requisitionEditForm")
    void initRequisitionEditBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
    }

    @InitBinder("requisitionForm")
    void initRequisitionBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
        binder.addValidators(validator);
    }

    @GetMapping("/requisitions")
    public String list(@RequestParam(required = false) String team, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String q, Model model) {
        RequisitionFilter filter = RequisitionFilter.of(team, status, q);
        model.addAttribute("filter", filter);
        model.addAttribute("teams", teams.findAll());
        model.addAttribute("requisitions", requisitions.search(filter.team(), filter.statusOrNull(), filter.q()));
        return LIST_VIEW;
    }

    /**
     * {@code ?team=} preselects a team and its hiring manager; a hiring manager's own team is the default (and the
     * only team they may choose, see {@link RequisitionAccess}).
     */
    @GetMapping("/requisitions/new")
    public String initCreationForm(@RequestParam(required = false) Long team, @AuthenticationPrincipal OnrampUser me,
                                   Model model) {
        Long teamId = team != null && access.mayManageTeam(team, me) ? team : null;
        if (teamId == null && me.has(Role.HIRING_MANAGER)) {
            teamId = people.get(me.personId()).teamId();
        }
        Long hiringManagerId = teamId == null ? null : teams.findById(teamId).map(Team::hiringManagerId).orElse(null);
        model.addAttribute("requisitionForm", RequisitionForm.empty(teamId, hiringManagerId));
        return form(me, model);
    }

    @PostMapping("/requisitions")
    public String processCreationForm(@Valid RequisitionForm requisitionForm, BindingResult result,
                                      @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        if (requisitionForm.teamId() != null && !result.hasFieldErrors("teamId")
                && !access.mayManageTeam(requisitionForm.teamId(), me)) {
            result.rejectValue("teamId", "requisition.team.notYours");
        }
        if (result.hasErrors()) {
            return form(me, model);
        }
        long id;
        try {
            id = service.open(requisitionForm, me);
        } catch (OutOfRangeException e) {
            e.rejectOn(result);
            return form(me, model);
        }
        redirect.addFlashAttribute("flash", "requisition.opened");
        return "redirect:/requisitions/" + id;
    }

    @GetMapping("/requisitions/{id}")
    public String show(@PathVariable long id, @RequestParam(required = false) String page,
                       @AuthenticationPrincipal OnrampUser me, Model model) {
        model.addAttribute("closeForm", CloseForm.empty());
        return detail(id, page, me, model);
    }

    @PostMapping("/requisitions/{id}/close")
    public String processCloseForm(@PathVariable long id, @Valid CloseForm closeForm, BindingResult result,
                                   @AuthenticationPrincipal OnrampUser me, Model model, RedirectAttributes redirect) {
        if (!access.requireManageable(id, me).isOpen()) {
            redirect.addFlashAttribute("flash", "requisition.alreadyClosed");
            return "redirect:/requisitions/" + id;
        }
        if (result.hasErrors()) {
            return detail(id, null, me, model);
        }
        boolean closed = service.close(id, closeForm.reason(), me);
        redirect.addFlashAttribute("flash", closed ? "requisition.closed" : "requisition.alreadyClosed");
        return "redirect:/requisitions/" + id;
    }

    @GetMapping("/requisitions/{id}/edit")
    public String initEditForm(@PathVariable long id, @AuthenticationPrincipal OnrampUser me, Model model,
                               RedirectAttributes redirect) {
        Requisition requisition = access.requireManageable(id, me);
        if (!requisition.isOpen()) {
            redirect.addFlashAttribute("flashError", "requisition.edit.closed");
            return "redirect:/requisitions/" + id;
        }
        model.addAttribute("requisitionEditForm", RequisitionEditForm.of(requisition, requisitions.version(id)));
        return editForm(requisition, model);
    }

    @PostMapping("/requisitions/{id}/edit")
    public String processEditForm(@PathVariable long id, @Valid RequisitionEditForm requisitionEditForm,
                                  BindingResult result, @AuthenticationPrincipal OnrampUser me, Model model,
                                  RedirectAttributes redirect) {
        Requisition requisition = access.requireManageable(id, me);
        // (no target when some value could not be converted: the field errors say so already)
        if (result.getTarget() != null && requisitionEditForm.hiringManagerId() != null
                && !result.hasFieldErrors("hiringManagerId")
                && service.hiringManagerChoices(requisition).stream()
                .noneMatch(p -> p.id() == requisitionEditForm.hiringManagerId())) {
            result.rejectValue("hiringManagerId", "requisition.hiringManager.notInTeam");
        }
        if (result.hasFieldErrors("version")) {
            result.reject("requisition.edit.reload"); // the hidden version: nothing the user can fix in the form
        }
        if (result.hasErrors()) {
            return editForm(requisition, model);
        }
        Requisitions.EditOutcome outcome;
        try {
            outcome = service.edit(id, requisitionEditForm, me);
        } catch (OutOfRangeException e) {
            e.rejectOn(result);
            return editForm(requisition, model);
        }
        switch (outcome) {
            case STALE -> {
                result.reject("requisition.edit.stale");
                Requisition saved = requisitions.get(id);
                model.addAttribute("currentVersion", requisitions.version(id));
                model.addAttribute("savedHiringManager", people.get(saved.hiringManagerId()).displayName());
                return editForm(saved, model);
            }
            case CLOSED -> redirect.addFlashAttribute("flashError", "requisition.edit.closed");
            case UNCHANGED -> redirect.addFlashAttribute("flash", "requisition.edit.unchanged");
            case SAVED -> redirect.addFlashAttribute("flash", "requisition.edit.saved");
        }
        return "redirect:/requisitions/" + id;
    }

    /** The edit form, with the requisition as saved now (its version shown as "changed meanwhile" when it moved). */
    private String editForm(Requisition requisition, Model model) {
        model.addAttribute("requisition", requisition);
        model.addAttribute("team", teams.get(requisition.teamId()));
        model.addAttribute("hiringManagers", service.hiringManagerChoices(requisition));
        return EDIT_VIEW;
    }

    /** The form offers the teams {@code me} may open requisitions for. */
    private String form(OnrampUser me, Model model) {
        model.addAttribute("teams", teams.findAll().stream().filter(t -> access.mayManageTeam(t.id(), me)).toList());
        model.addAttribute("hiringManagers", people.findByRole(Role.HIRING_MANAGER));
        return FORM_VIEW;
    }

    /**
     * The requisition's page; its candidates only for those who may see them (see {@link Applications}), newest
     * first, {@link #APPLICATIONS_PAGE} a page ({@code ?page=n}).
     */
    private String detail(long id, String page, OnrampUser me, Model model) {
        Requisition requisition = requisitions.get(id);
        var now = clock.instant();
        boolean maySeeCandidates = applicationService.maySeeApplicationsOf(requisition, me);
        model.addAttribute("requisition", requisition);
        model.addAttribute("team", teams.get(requisition.teamId()));
        model.addAttribute("hiringManager", people.get(requisition.hiringManagerId()));
        model.addAttribute("maySeeCandidates", maySeeCandidates);
        model.addAttribute("mayManage", access.mayManage(requisition, me));
        Paging paging = Paging.of(page, maySeeCandidates ? applications.countByRequisition(id) : 0, APPLICATIONS_PAGE);
        List<Application> found = !maySeeCandidates ? List.of()
                : applications.findByRequisition(id, paging.offset(), paging.size());
        Map<Long, ApplicationPhase> phaseOf = phases.of(found.stream().filter(Application::isActive).toList());
        List<ApplicationItem> items = found.stream()
                .map(a -> new ApplicationItem(a, Duration.between(a.createdAt(), now).toDays(), phaseOf.get(a.id())))
                .toList();
        model.addAttribute("applications", items);
        model.addAttribute("paging", paging);
        model.addAttribute("history", history(requisitions.changes(id), me));
        return DETAIL_VIEW;
    }

    /** The requisition's edits, newest first, with names for people and times in {@code me}'s zone. */
    private List<HistoryEntry> history(List<RequisitionRepository.Change> changes, OnrampUser me) {
        Map<Long, String> names = new HashMap<>();
        java.util.function.Function<String, String> personName = id -> names.computeIfAbsent(Long.valueOf(id),
                pid -> people.findById(pid).map(Person::displayName).orElse("#" + pid));
        return changes.stream().map(c -> {
            boolean person = c.field() == RequisitionRepository.Change.Field.HIRING_MANAGER;
            return new HistoryEntry(c.version(), personName.apply(String.valueOf(c.changedBy())),
                    c.changedAt().atZone(me.timeZone()), c.field(),
                    person && c.oldValue() != null ? personName.apply(c.oldValue()) : c.oldValue(),
                    person && c.newValue() != null ? personName.apply(c.newValue()) : c.newValue());
        }).toList();
    }

    /** One line of a requisition's application list; {@code phase} while it is active. */
    record ApplicationItem(Application application, long daysSinceApplied, ApplicationPhase phase) {
    }

    /** One field an edit changed, as the requisition's page shows it. */
    record HistoryEntry(int version, String by, ZonedDateTime at, RequisitionRepository.Change.Field field,
                        String before, String after) {
    }
}
