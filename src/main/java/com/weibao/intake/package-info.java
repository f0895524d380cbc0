/**
 * Intake channels: a sub-package per channel (mail, phone, wechat), and what they share: the one quarantine of what
 * a channel could not take in (raw body kept for a supervisor, reprocessed through its channel), the door that
 * refuses unauthenticated requests, and the look-up of known reporters by phone number.
 */
package com.weibao.intake;
