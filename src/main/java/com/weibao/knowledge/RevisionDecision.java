package com.weibao.knowledge;

/** The author's decision at 修改知识文章: back to the lead, or withdrawn (the article stays a draft). */
public enum RevisionDecision { RESUBMIT, WITHDRAW }
