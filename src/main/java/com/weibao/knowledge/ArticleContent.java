package com.weibao.knowledge;

import java.util.List;

/** What an author writes: the text, where it applies (contracts, covered system, product version) and how it is read. */
public record ArticleContent(String title, String problem, String symptoms, String cause, String solution,
                             ArticleCategory category, Visibility visibility, List<String> contracts,
                             String system, String productVersion, List<String> tags) {
}
