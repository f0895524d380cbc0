/** Files kept with cases and inspections, and their download. */
@NamedInterface("files")
package com.weibao.platform.files;

import org.springframework.modulith.NamedInterface;
