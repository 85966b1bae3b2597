package jp.akapen.shared.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page shown instead of the one asked for; its heading is also the window's title (WCAG 2.4.2). */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String title = "";

    void setPageTitle(String title) {
        this.title = title;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
