package jp.akapen.account;

import java.util.List;

/** Present only in demo mode: the logins the login page shows so visitors can try every role. */
public record DemoCredentials(List<String> usernames, String password) {
}
