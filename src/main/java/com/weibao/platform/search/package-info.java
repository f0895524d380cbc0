/**
 * Full-text search shared by the features: the Chinese analyzers their Hibernate Search mappings name, and the
 * start-up rebuild of an empty index from the database.
 */
@NamedInterface("search")
package com.weibao.platform.search;

import org.springframework.modulith.NamedInterface;
