package org.civicgrievance.intake.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A category of the published service catalogue: what residents may raise, the extra questions it
 * asks, and (as its code) the key routing rules match on.
 */
@Entity
@Table(name = "service_category")
public class ServiceCategory {

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "name_zh", length = 100, nullable = false)
    private String nameZh;

    @Column(name = "name_en", length = 100, nullable = false)
    private String nameEn;

    @Column(name = "description_zh", length = 500, nullable = false)
    private String descriptionZh;

    @Column(name = "description_en", length = 500, nullable = false)
    private String descriptionEn;

    /** Open311's service group, e.g. 市容环境 city environment. */
    @Column(name = "group_zh", length = 100, nullable = false)
    private String groupZh;

    @Column(name = "group_en", length = 100, nullable = false)
    private String groupEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_code")
    @OrderBy("id")
    private List<CategoryQuestion> questions = new ArrayList<>();

    protected ServiceCategory() {
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getGroupZh() {
        return groupZh;
    }

    public String getGroupEn() {
        return groupEn;
    }

    public boolean isActive() {
        return active;
    }

    public List<CategoryQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public Optional<CategoryQuestion> question(String questionCode) {
        return questions.stream().filter(question -> question.getCode().equals(questionCode)).findFirst();
    }
}
