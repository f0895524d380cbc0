/**
 * The web pages' side of the API that belongs to no feature: the Chinese names of the codes the pages show.
 * The pages themselves are the static resources (index.html, inspections.html, faq.html and their scripts).
 */
package com.weibao.web;
