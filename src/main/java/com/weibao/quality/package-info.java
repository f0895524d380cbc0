/**
 * Service quality (回访与满意度): the callback policy of each contract (the {@code callbacks} key of the contract
 * file), the callback decided for every closed case (seeded random sampling, at most one callback per reporter
 * within the policy's window, none for cancelled duplicates), the callback process's outcomes, and every
 * satisfaction rating with its source (confirmation, callback; later survey and WeChat), read per contract and period;
 * complaints (投诉) from every channel in their own process (cases triaged as 投诉, the callback follow-up, the API).
 * Reacts to {@link com.weibao.cases.CaseChanged}; the engine sits in {@code quality.process}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package com.weibao.quality;
