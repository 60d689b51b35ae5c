package org.civicgrievance.intake.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question a category asks beyond the common fields, such as the number on a lamp post. */
@Entity
@Table(name = "category_question")
public class CategoryQuestion {

    @Id
    private long id;

    @Column(length = 64, nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20, nullable = false)
    private QuestionType type;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "label_zh", length = 200, nullable = false)
    private String labelZh;

    @Column(name = "label_en", length = 200, nullable = false)
    private String labelEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<QuestionOption> options = new ArrayList<>();

    protected CategoryQuestion() {
    }

    public String getCode() {
        return code;
    }

    public QuestionType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public List<QuestionOption> getOptions() {
        return List.copyOf(options);
    }

    public boolean offers(String optionCode) {
        return options.stream().anyMatch(option -> option.code().equals(optionCode));
    }
}
