/** YAML files with line-numbered errors. */
@NamedInterface("yaml")
package com.weibao.platform.yaml;

import org.springframework.modulith.NamedInterface;
