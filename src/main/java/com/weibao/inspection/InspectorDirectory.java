package com.weibao.inspection;

import com.weibao.cases.Reporter;

/** Who the engineer behind an inspection is, as the reporter of the follow-up cases it raises. */
public interface InspectorDirectory {

    /** The user's name and e-mail (null if unknown) as a reporter; the department names the inspection. */
    Reporter reporter(String userId, String department);
}
