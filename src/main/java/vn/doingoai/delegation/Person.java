package vn.doingoai.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.doingoai.common.Text;

/**
 * A person who went on or came with delegations: one person however many delegations name them,
 * matched by their folded name and organisation.
 */
@Entity
@Table(name = "delegation_person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_person_seq")
    @SequenceGenerator(name = "delegation_person_seq", sequenceName = "record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "match_key", nullable = false, length = 1100, unique = true)
    private String matchKey;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 500)
    private String organization;

    @Column(name = "search_text", length = 1000)
    private String searchText;

    protected Person() {}

    Person(String name, String organization) {
        this.name = name.trim();
        this.organization = organization == null || organization.isBlank() ? null : organization.trim();
        this.matchKey = key(name, organization);
        String folded = Text.foldAll(name, organization);
        this.searchText = folded.length() > 1000 ? folded.substring(0, 1000) : folded;
    }

    /** The key that makes two members the same person: folded name and folded organisation. */
    static String key(String name, String organization) {
        String key = Text.fold(name) + "|" + Text.fold(organization);
        return key.length() > 1100 ? key.substring(0, 1100) : key;
    }

    Long getId() {
        return id;
    }

    String getMatchKey() {
        return matchKey;
    }

    String getName() {
        return name;
    }

    String getOrganization() {
        return organization;
    }
}
