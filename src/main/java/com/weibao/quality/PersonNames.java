package com.weibao.quality;

/** The name a person is shown by (赵敏), for a login id kept in the survey; the id itself when unknown. */
public interface PersonNames {

    String nameOf(String userId);
}
