package com.weibao.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.cases.CaseApi.CreateCaseRequest;
import com.weibao.platform.crypto.Digests;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * POST /api/cases with an Idempotency-Key: a client that retries after a lost answer gets the case its first
 * request created, not a second one. The key (per user) is written first in the transaction that creates the case,
 * under a unique constraint, so two requests with the same key at once create one case: the second waits for the
 * first (or retries until it has committed) and answers with its case. The same key with another body is refused
 * (422); keys are forgotten after weibao.cases.idempotency-key-ttl (default 24 h).
 */
@Service
class IdempotentCaseCreation {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    /** How long a retry waits for a first request with the same key that is still being processed. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);

    /** The case number, and whether it was created earlier for the same key. */
    record Created(String caseNumber, boolean replayed) {
    }

    private final CaseRequestKeyRepository keys;
    private final SupportCaseService cases;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration timeToLive;

    IdempotentCaseCreation(CaseRequestKeyRepository keys, SupportCaseService cases,
                           PlatformTransactionManager transactions, ObjectMapper json, Clock clock,
                           @Value("${weibao.cases.idempotency-key-ttl:PT24H}") Duration timeToLive) {
        this.keys = keys;
        this.cases = cases;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    Created create(String rawKey, CreateCaseRequest request, Caller caller) {
        String key = validKey(rawKey);
        String hash = digest(request);
        Instant giveUp = clock.instant().plus(WAIT_FOR_FIRST);
        while (true) {
            Optional<CaseRequestKey> earlier = keys.findByUserIdAndKey(caller.userId(), key);
            if (earlier.isPresent() && earlier.get().expiredAt(clock.instant())) {
                keys.deleteById(earlier.get().getId());
                continue;
            }
            if (earlier.isPresent()) {
                if (!earlier.get().getRequestHash().equals(hash)) {
                    throw reusedWithAnotherBody(key);
                }
                return new Created(earlier.get().getCaseNumber(), true);
            }
            Optional<Created> created = transaction.execute(status -> {
                Instant now = clock.instant();
                CaseRequestKey claimed = new CaseRequestKey(caller.userId(), key, hash, now, now.plus(timeToLive));
                try {
                    keys.saveAndFlush(claimed);
                } catch (DataIntegrityViolationException taken) {
                    status.setRollbackOnly();
                    return Optional.empty();
                }
                SupportCase supportCase = cases.submit(request.toNewCase(caller.userId()), caller);
                claimed.created(supportCase.getNumber());
                return Optional.of(new Created(supportCase.getNumber(), false));
            });
            if (created.isPresent()) {
                return created.get();
            }
            // another request with this key is being processed: its case (or its failure) is committed soon
            if (clock.instant().isAfter(giveUp)) {
                throw new ConflictException("a request with this Idempotency-Key is still being processed; retry later");
            }
            pause();
        }
    }

    /** Keys are kept until they expire; a retry after that creates a new case. */
    @Scheduled(fixedDelayString = "${weibao.cases.idempotency-key-cleanup:PT1H}", initialDelayString = "PT1M")
    void forgetExpiredKeys() {
        transaction.executeWithoutResult(status -> keys.deleteExpired(clock.instant()));
    }

    /** RFC 8941 string ("...") or the bare token clients usually send; visible ASCII, at most 255 characters. */
    private static String validKey(String raw) {
        String key = raw.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidRequestException.of(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    private String digest(CreateCaseRequest request) {
        try {
            return Digests.sha256Hex(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorResponseException reusedWithAnotherBody(String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Idempotency-Key '" + key + "' was used for a different request; use a new key for a new case");
        problem.setType(URI.create("urn:weibao:problem:idempotency-key-reused"));
        problem.setTitle("Idempotency-Key reused");
        problem.setProperty("errors", List.of(new FieldViolation(HEADER, "was used for a different request body")));
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for a request with the same Idempotency-Key");
        }
    }
}
