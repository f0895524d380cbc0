package com.weibao.quality;

import com.weibao.platform.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A department of the hospital to survey by phone, with whom to ask for and the number; the service manager lists
 * them in the start form, one a line: {@code 科室，联系人，电话} (the contact may be left out: {@code 科室，电话}).
 */
public record SurveyDepartment(String name, String contact, String phone) {

    static final int MAX = 50;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，、;；\\t]\\s*");
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 ()\\-转]{4,30}");

    /** Reads the start form's list; every wrong line is refused with its number, nothing is kept partly. */
    static List<SurveyDepartment> parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.of(field, "请列出要调查的科室，每行一个：科室，联系人，电话");
        }
        List<SurveyDepartment> departments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = "第 " + (i + 1) + " 行";
            String[] parts = SEPARATOR.split(line);
            if (parts.length < 2 || parts.length > 3) {
                throw InvalidRequestException.of(field, at + "“" + line + "”：请写成“科室，联系人，电话”");
            }
            String name = parts[0].strip();
            String contact = parts.length == 3 ? parts[1].strip() : null;
            String phone = parts[parts.length - 1].strip();
            if (name.isEmpty() || name.length() > 100 || (contact != null && contact.length() > 100)) {
                throw InvalidRequestException.of(field, at + "：科室名称和联系人最多 100 字，科室名称不能为空");
            }
            if (!PHONE.matcher(phone).matches()) {
                throw InvalidRequestException.of(field, at + "：“" + phone + "”不是电话号码");
            }
            if (!names.add(name)) {
                throw InvalidRequestException.of(field, at + "：科室“" + name + "”已列过");
            }
            departments.add(new SurveyDepartment(name, contact == null || contact.isEmpty() ? null : contact, phone));
        }
        if (departments.isEmpty()) {
            throw InvalidRequestException.of(field, "请列出要调查的科室，每行一个：科室，联系人，电话");
        }
        if (departments.size() > MAX) {
            throw InvalidRequestException.of(field, "一次调查最多 " + MAX + " 个科室");
        }
        return departments;
    }
}
