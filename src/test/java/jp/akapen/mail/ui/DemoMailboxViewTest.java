package jp.akapen.mail.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import jp.akapen.mail.DemoMailboxes;
import jp.akapen.mail.MailComposer;
import org.junit.jupiter.api.Test;

/** Issue 12 item 8: the demo mailboxes exist only while the demo mail server runs; in production the page is 404. */
class DemoMailboxViewTest {

    @Test
    void without_the_demo_mail_server_the_page_is_not_found() {
        var demo = mock(DemoMailboxes.class);
        when(demo.running()).thenReturn(false);
        var event = mock(BeforeEnterEvent.class);

        new DemoMailboxView(demo, mock(MailComposer.class)).beforeEnter(event);

        verify(event).rerouteToError(NotFoundException.class);
    }
}
