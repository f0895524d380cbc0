package com.weibao.knowledge;

/** The lead's decision at 审核知识文章. */
public enum ReviewDecision { PUBLISH, REFUSE }
