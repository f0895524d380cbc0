package com.weibao.platform.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Chinese word segmentation for the full-text searches (knowledge base, case archive): Lucene's smartcn (HMM)
 * tokenizer splits 电子票据开具失败 into 电子 / 票据 / 开具 / 失败, so a search for 电子票据 finds it. Synonyms ({@code search/synonyms.txt}, e.g.
 * 发票 = 票据) apply at query time only, so changing the list needs no re-indexing. Referenced from application.yml
 * ({@code hibernate.search.backend.analysis.configurer}).
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    public static final String INDEX = "chinese";
    public static final String QUERY = "chinese_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(INDEX).custom()
                .tokenizer(HMMChineseTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(StopFilterFactory.NAME).param("words", "search/stopwords.txt");
        context.analyzer(QUERY).custom()
                .tokenizer(HMMChineseTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(StopFilterFactory.NAME).param("words", "search/stopwords.txt")
                .tokenFilter(SynonymGraphFilterFactory.NAME).param("synonyms", "search/synonyms.txt")
                .param("ignoreCase", "true");
    }
}
