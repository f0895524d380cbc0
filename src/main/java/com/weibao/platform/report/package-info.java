/** Word documents for the features' reports. */
@NamedInterface("report")
package com.weibao.platform.report;

import org.springframework.modulith.NamedInterface;
