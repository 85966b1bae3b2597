package jp.akapen.privacy.retention.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import jp.akapen.privacy.retention.RetentionAction;
import jp.akapen.privacy.erasure.certificate.ErasureCertificates;
import jp.akapen.privacy.retention.RetentionService;
import jp.akapen.privacy.retention.RetentionState;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;

/**
 * 保存期間 (D1, D3; issue 14 items 1-3): every cohort's retention countdown; the ward extends, holds, releases and
 * approves, the handling manager confirms at expiry, each seeing who decided what, when and why.
 */
@Route("retention")
@Menu(order = 72, icon = "vaadin:hourglass", title = "menu.retention")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class RetentionView extends Main implements HasDynamicTitle {

    private final RetentionService retention;
    private final ErasureCertificates certificates;
    private final Clock clock;
    private final Div cards = new Div();

    RetentionView(RetentionService retention, ErasureCertificates certificates, Clock clock) {
        this.retention = retention;
        this.certificates = certificates;
        this.clock = clock;
        addClassName("retention");
        boolean ward = SignedIn.user().map(u -> Roles.WARD_STAFF.equals(u.role())).orElse(false);
        add(new Paragraph(getTranslation(ward ? "retention.intro.ward" : "retention.intro.manager")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        LocalDate today = JapaneseDates.today(clock);
        var periods = retention.periods();
        if (periods.isEmpty()) {
            cards.add(new Paragraph(getTranslation("retention.none")));
        }
        periods.forEach(p -> {
            var card = new PeriodCard(p, today, this::decide);
            if (p.state() == RetentionState.APPROVED) {
                certificates.certificate(p.cohortId())
                        .ifPresent(c -> card.add(new ErasureSection(c, certificates, this::acknowledge)));
            }
            cards.add(card);
        });
    }

    private void decide(long cohortId, RetentionAction action, String reason, LocalDate date) {
        String done = switch (action) {
            case EXTEND -> {
                retention.extend(cohortId, date, reason);
                yield getTranslation("retention.done.extend", JapaneseDates.date(date, getLocale()));
            }
            case HOLD -> {
                retention.hold(cohortId, reason);
                yield getTranslation("retention.done.hold");
            }
            case RELEASE -> getTranslation("retention.done.release",
                    JapaneseDates.date(retention.release(cohortId), getLocale()));
            case CONFIRM -> {
                retention.confirm(cohortId);
                yield getTranslation("retention.done.confirm");
            }
            case REFUSE_AS_MANAGER -> {
                retention.refuseAsManager(cohortId, reason);
                yield getTranslation("retention.done.refuse-as-manager");
            }
            case APPROVE -> {
                retention.approve(cohortId);
                yield getTranslation("retention.done.approve");
            }
            case REFUSE_AS_WARD -> {
                retention.refuseAsWard(cohortId, reason, date);
                yield getTranslation("retention.done.refuse-as-ward");
            }
        };
        refresh();
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void acknowledge(long cohortId, String checkedSha256) {
        certificates.acknowledge(cohortId, checkedSha256);
        refresh();
        Notification.show(getTranslation("erasure.certificate.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title");
    }
}
