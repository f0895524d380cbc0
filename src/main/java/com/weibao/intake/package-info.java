/**
 * Intake channels: a sub-package per channel (phone, wechat), and what they share: the quarantine of rejected or
 * failed requests (raw payload kept for a supervisor) and the look-up of known reporters by phone number.
 */
package com.weibao.intake;
