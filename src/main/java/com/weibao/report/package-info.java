/**
 * Contract period reports (月报、季报、年度总结): figures computed from what the cases, SLA and inspection modules
 * keep, the Word and Excel documents, and the REST API. Reads other modules only through their published API.
 */
package com.weibao.report;
