package jp.akapen.shared;

/**
 * The signed-in person as the layout and the inbox need them. Residents appear by pen name.
 */
public interface PortalUser {

    long id();

    String displayName();

    /** One of {@link Roles}. */
    String role();
}
