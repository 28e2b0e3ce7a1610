package vn.doingoai.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;

@Entity
@Table(name = "partner")
class Partner extends RecordEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PartnerKind kind;

    /** The name in its own script and language (Lao, Chinese, Korean, Finnish...). */
    @Column(nullable = false, length = 500)
    private String name;

    /** The Vietnamese name. */
    @Column(name = "name_vi", length = 500)
    private String nameVi;

    @Column(length = 2)
    private String country;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position_index")
    private List<Contact> contacts = new ArrayList<>();

    /** Set by the service before a write, for the history and the search text. */
    private transient String parentRef;

    @Override
    public String historyType() {
        return "partner";
    }

    @Override
    public Object historySnapshot() {
        return PartnerData.of(this, parentRef, false);
    }

    @Override
    protected String searchableText() {
        return String.join(" ", name, nameVi == null ? "" : nameVi, country == null ? "" : country);
    }

    PartnerKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getNameVi() {
        return nameVi;
    }

    String getCountry() {
        return country;
    }

    Long getParentId() {
        return parentId;
    }

    String getNotes() {
        return notes;
    }

    List<Contact> getContacts() {
        return contacts;
    }

    /** The Vietnamese name where there is one, else the original. */
    String displayName() {
        return nameVi == null || nameVi.isBlank() ? name : nameVi;
    }

    void apply(PartnerData data, Long parentId, String parentRef) {
        this.kind = data.kind();
        this.name = data.name().trim();
        this.nameVi = Text.blankToNull(data.nameVi());
        this.country = Countries.code(data.country());
        this.parentId = parentId;
        this.parentRef = parentRef;
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(Text.blankToNull(data.unit()));
        List<Contact> newContacts = data.contacts() == null
                ? List.of()
                : data.contacts().stream()
                        .filter(c -> c != null && !c.isBlank())
                        .toList();
        if (!contacts.equals(newContacts)) {
            contacts.clear();
            contacts.addAll(newContacts);
        }
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }

    void rememberParentRef(String parentRef) {
        this.parentRef = parentRef;
    }
}
