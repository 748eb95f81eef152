package dev.pygov.devstack.demo;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The world the devstack seeds at its first start, as data: who the demo logins are in membership-service (PSF
 * membership class, Packaging roster entry, granted PSF role, employer) and the organisations they work for. The
 * roles each login holds follow from it by membership's own rules (decision 0401), so that the demo table, the
 * Keycloak realm and membership-service say the same (decision 0207).
 */
public final class DemoWorld {

    /** The realm roles membership-service decides and keeps in step in Keycloak; every other role is Keycloak's own. */
    public static final Set<String> MEMBERSHIP_ROLES = Set.of("basic-member", "voting-member", "packaging-member",
            "director", "officer", "executive-director", "council-member", "returning-officer");

    /** An organisation: {@code kind} and {@code parentId} as membership-service spells them. */
    public record Organisation(String id, String name, String kind, String parentId) {
    }

    /**
     * A demo login as membership-service knows it; absent parts are empty. {@code psfRole} is both the role granted
     * for a period and, where the PSF employs or appoints them, their affiliation with the PSF.
     */
    public record Person(String username, Optional<String> membershipClass, Optional<String> joinSource,
                         Optional<String> nominatingOrganisation, Optional<String> psfRole, Optional<String> employer,
                         boolean returningOfficer) {
    }

    public static final String COMPANY = "anaconda-demo";
    public static final String SUBSIDIARY = "anaconda-demo-cloud";
    public static final String NON_PROFIT = "packaging-friends";

    public static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation(COMPANY, "Anaconda Demo Inc.", "company", null),
            new Organisation(SUBSIDIARY, "Anaconda Demo Cloud Ltd.", "company", COMPANY),
            new Organisation(NON_PROFIT, "Friends of Packaging", "non-profit", null));

    public static final List<Person> PEOPLE = List.of(
            login("ed").psfClass("managing").roster("packaging-workgroup").granted("executive-director").build(),
            login("director1").psfClass("fellow").granted("director").build(),
            login("officer1").psfClass("contributing").granted("officer").build(),
            login("ro").roster("core-team").returningOfficer().build(),
            login("alice").psfClass("supporting").roster("pypa-member").employer(COMPANY).build(),
            login("bob").psfClass("contributing").roster("packaging-workgroup").employer(SUBSIDIARY).build(),
            login("carol").psfClass("managing").roster("core-team").employer(COMPANY).build(),
            login("dave").psfClass("fellow").roster("wider-community-nominee").nominatedBy(NON_PROFIT).build(),
            login("erin").psfClass("supporting").roster("pypa-member").build(),
            login("council1").psfClass("supporting").roster("pypa-member").build(),
            login("basic1").psfClass("basic").build(),
            login("voter1").psfClass("supporting").build(),
            login("admin1").build());

    private DemoWorld() {
    }

    public static Person person(String username) {
        return PEOPLE.stream().filter(p -> p.username().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No demo person " + username));
    }

    /** The roles membership-service derives or grants for this person once the world is seeded (decision 0401). */
    public static Set<String> rolesOf(Person person) {
        Set<String> roles = new TreeSet<>();
        person.membershipClass().ifPresent(c -> {
            roles.add("basic-member");
            if (!c.equals("basic")) {
                roles.add("voting-member");
            }
        });
        person.joinSource().ifPresent(source -> roles.add("packaging-member"));
        person.psfRole().ifPresent(roles::add);
        if (person.returningOfficer()) {
            roles.add("returning-officer");
        }
        return roles;
    }

    /** Only the roles membership-service decides, from any list of realm roles (e.g. a token's). */
    public static Set<String> membershipRoles(java.util.Collection<String> roles) {
        return roles.stream().filter(MEMBERSHIP_ROLES::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Builder login(String username) {
        return new Builder(username);
    }

    private static final class Builder {
        private final String username;
        private String membershipClass;
        private String joinSource;
        private String nominatingOrganisation;
        private String psfRole;
        private String employer;
        private boolean returningOfficer;

        Builder(String username) {
            this.username = username;
        }

        Builder psfClass(String value) {
            membershipClass = value;
            return this;
        }

        Builder roster(String value) {
            joinSource = value;
            return this;
        }

        Builder nominatedBy(String value) {
            nominatingOrganisation = value;
            return this;
        }

        Builder granted(String value) {
            psfRole = value;
            return this;
        }

        Builder employer(String value) {
            employer = value;
            return this;
        }

        Builder returningOfficer() {
            returningOfficer = true;
            return this;
        }

        Person build() {
            return new Person(username, Optional.ofNullable(membershipClass), Optional.ofNullable(joinSource),
                    Optional.ofNullable(nominatingOrganisation), Optional.ofNullable(psfRole), Optional.ofNullable(employer),
                    returningOfficer);
        }
    }
}
