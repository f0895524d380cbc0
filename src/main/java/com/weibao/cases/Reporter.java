package com.weibao.cases;

import jakarta.persistence.Column;
import com.weibao.platform.search.ChineseAnalysis;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * The person who reported the case (报修人). The sizes are the columns'; every channel checks a reporter against
 * them before anything is written (a bean-validation check, also applied when the case is stored).
 */
@Embeddable
public class Reporter {

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY)
    @Size(max = 100, message = SupportCase.TOO_LONG)
    @Column(name = "reporter_name", length = 100)
    private String name;

    @Size(max = 50, message = SupportCase.TOO_LONG)
    @Column(name = "reporter_phone", length = 50)
    private String phone;

    @Size(max = 254, message = SupportCase.TOO_LONG)
    @Column(name = "reporter_email", length = 254)
    private String email;

    @Size(max = 100, message = SupportCase.TOO_LONG)
    @Column(name = "reporter_department", length = 100)
    private String department;

    protected Reporter() {
    }

    public Reporter(String name, String phone, String email, String department) {
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.department = department;
    }

    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getDepartment() { return department; }
}
