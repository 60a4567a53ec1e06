package dev.onramp.offer;

import dev.onramp.hiring.Application;
import dev.onramp.hiring.ApplicationSection;
import dev.onramp.hiring.RequisitionRepository;
import dev.onramp.people.OnrampUser;
import dev.onramp.people.Role;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The application's offers on its page, as soon as the recruiter saved one: status, start date, where, and the
 * amount for those who work with it (the recruiters, who write offers, and the requisition's hiring manager, who
 * approves them); admins, who see every page, see that there is an offer but not its amount.
 */
@Component
class OffersSection implements ApplicationSection {

    private final OfferRepository offers;
    private final RequisitionRepository requisitions;

    OffersSection(OfferRepository offers, RequisitionRepository requisitions) {
        this.offers = offers;
        this.requisitions = requisitions;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String template() {
        return "offer/application-offers";
    }

    @Override
    public String fragment() {
        return "offers";
    }

    @Override
    public Map<String, Object> model(Application application, OnrampUser viewer) {
        List<Offer> made = offers.findByApplication(application.id());
        boolean mayReadAmount = !made.isEmpty() && mayReadAmount(application, viewer);
        ZoneId zone = viewer.timeZone();
        return Map.of("offers", made.stream().map(o -> new Shown(o, mayReadAmount,
                o.preparedAt().atZone(zone))).toList());
    }

    /** Who may read an offer's amount: recruiters, and the hiring manager of the application's requisition. */
    boolean mayReadAmount(Application application, OnrampUser viewer) {
        return viewer.has(Role.RECRUITER)
                || requisitions.get(application.requisitionId()).hiringManagerId() == viewer.personId();
    }

    /** An offer as the page shows it. */
    record Shown(Offer offer, boolean amountShown, java.time.ZonedDateTime preparedAt) {

        public String statusKey() {
            return "offer.status." + offer.status().name();
        }
    }
}
