package jp.akapen.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import jp.akapen.account.Account;
import jp.akapen.account.AccountAction;
import jp.akapen.account.ResetCode;
import jp.akapen.shared.JapaneseDates;

/** The questions before disabling, enabling or resetting an account, and the reset's code, shown once. */
final class AccountDialogs {

    private AccountDialogs() {
    }

    static ConfirmDialog confirm(Account account, AccountAction action, Runnable confirmed) {
        String key = "account.confirm." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
        var dialog = new ConfirmDialog();
        dialog.addClassName("account-confirm");
        dialog.setHeader(dialog.getTranslation(key + ".title"));
        dialog.setText(dialog.getTranslation(key + ".text", account.displayName(), account.username()));
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("account.confirm.cancel"));
        dialog.setConfirmText(dialog.getTranslation(key + ".yes"));
        if (action == AccountAction.DISABLE) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> confirmed.run());
        dialog.open();
        return dialog;
    }

    /** The one-time code, once: nothing keeps it but this dialog, and closing it forgets it. */
    static Dialog showCode(Account account, ResetCode reset) {
        var dialog = new Dialog();
        dialog.addClassName("reset-code-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("account.reset.done.title"));
        var code = new Span(reset.code());
        code.addClassName("reset-code");
        Locale locale = UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
        dialog.add(new Paragraph(dialog.getTranslation("account.reset.done.intro", account.displayName(), account.username())),
                new Paragraph(code),
                new Paragraph(dialog.getTranslation("account.reset.done.until", JapaneseDates.dateTime(reset.validUntil(), locale))),
                new Paragraph(dialog.getTranslation("account.reset.done.next")));
        var close = new Button(dialog.getTranslation("account.reset.done.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
        return dialog;
    }
}
