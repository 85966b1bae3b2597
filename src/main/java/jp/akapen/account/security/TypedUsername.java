package jp.akapen.account.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused login form goes back to the login page as Spring's default does ({@code /login?error}, the reason kept in
 * the session), and the name typed into it goes along, so that the login page shows it again and only the password
 * is typed anew: the page came back empty. The name is told back only to the session that typed it, whether or not
 * an account has it.
 */
public final class TypedUsername extends SimpleUrlAuthenticationFailureHandler {

    /** The session attribute the login page takes the name from, once. */
    public static final String ATTRIBUTE = TypedUsername.class.getName();

    /** Longer than any account's name: what is longer was not typed as one and is not kept. */
    static final int LIMIT = 200;

    TypedUsername() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank() && typed.length() <= LIMIT) {
            request.getSession().setAttribute(ATTRIBUTE, typed);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
