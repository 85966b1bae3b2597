package jp.akapen.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.mail.MailComposer;
import jp.akapen.mail.MailThreads;
import jp.akapen.mail.MailThreads.Summary;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/**
 * やりとり一覧 (seed E2; issue 12 item 7): for ward staff, every thread between the contractor and residents, per
 * article (title, edition, the residents' pen names) and per lecture, with how many messages it holds and when the
 * last was written. Reached from the page of all mail; the ward is in Cc of every mail in every thread.
 */
@Route("mail/threads")
@RolesAllowed(Roles.WARD_STAFF)
class ThreadsView extends Main implements HasDynamicTitle {

    final Grid<Summary> threads = new Grid<>();

    ThreadsView(MailThreads service, MailComposer composer) {
        addClassName("mail-threads");
        var all = new RouterLink(getTranslation("mail.thread.all-mail"), CorrespondenceView.class);
        all.addClassName("back-link");
        var ward = new Paragraph(MailDetail.wardLine(this, composer.wardAddress()));
        ward.addClassName("mail-ward-cc");
        add(new Paragraph(all), new Paragraph(getTranslation("mail.thread.intro")), ward,
                new Paragraph(getTranslation("mail.thread.general-count", String.valueOf(service.generalMails()))));
        var list = service.threads();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("mail.thread.empty")));
            return;
        }
        threads.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var title = threads.addComponentColumn(s -> {
                    var link = new RouterLink(s.info().title(), ThreadView.class,
                            new RouteParameters(ThreadView.PARAMETER, s.info().key().text()));
                    link.getElement().setAttribute("lang", "ja");
                    return link;
                }).setHeader(getTranslation("mail.thread.title-column")).setWidth("12rem").setFlexGrow(3);
        threads.addColumn(s -> getTranslation("mail.thread.kind." + s.info().key().kind()))
                .setHeader(getTranslation("mail.thread.kind")).setWidth("5rem").setFlexGrow(0);
        threads.addComponentColumn(s -> MailDetail.mailText(new Span(), s.info().context()))
                .setHeader(getTranslation("mail.thread.context")).setWidth("9rem").setFlexGrow(2);
        threads.addColumn(s -> s.info().residents()).setHeader(getTranslation("mail.thread.residents"))
                .setWidth("8.5rem").setFlexGrow(1);
        var count = threads.addColumn(Summary::messages).setHeader(getTranslation("mail.thread.messages"))
                .setWidth("7.5rem").setFlexGrow(0);
        var last = threads.addColumn(s -> MailDetail.time(s.lastActivity(), getLocale()))
                .setHeader(getTranslation("mail.thread.last")).setWidth("9rem").setFlexGrow(1);
        GridOnPhones.first(threads, 900, title, count, last);
        GridRows.show(threads, list);
        add(threads);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.thread.list-title");
    }
}
