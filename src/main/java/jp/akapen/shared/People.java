package jp.akapen.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who is who, by account id and display name (a resident's display name is their pen name), for
 * areas that must show people without depending on the account area. Holds no personal data.
 */
public interface People {

    /** Display names by account id; ids that name no account are left out. */
    Map<Long, String> displayNames(Collection<Long> ids);

    /** Enabled accounts of one of {@link Roles}, by display name. */
    List<Person> withRole(String role);

    record Person(long id, String displayName, String role) {
    }
}
