package jp.akapen.account;

/** What a creator fills in for a new account; the password is the initial one the person changes. */
public record NewAccount(String username, String displayName, Role role, String password) {
}
