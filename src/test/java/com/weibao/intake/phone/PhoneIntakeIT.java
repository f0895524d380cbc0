package com.weibao.intake.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.weibao.intake.IntakeDoor.Refusal;
import com.weibao.intake.IntakeDoorProperties;
import com.weibao.intake.IntakeDoorState;
import com.weibao.intake.QuarantineRepository;
import com.weibao.intake.QuarantinedItem;
import com.weibao.support.CapturedLogs;
import com.weibao.platform.web.FormText;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.AddressedClient;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hotline over real HTTP: the CTI webhook's signature, freshness and idempotency, what its door refuses
 * (counted, throttled, never stored) and what the quarantine keeps (authenticated input, capped per source), a
 * missed call after hours becoming a case with a call-back task, and the agent's 电话报修 start form with a known and
 * an unknown caller.
 */
class PhoneIntakeIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FLOOD = 200;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    PhoneCallRepository calls;

    @Autowired
    QuarantineRepository quarantine;

    @Autowired
    IntakeDoorProperties door;

    @Autowired
    EntityManager entities;

    @Autowired
    HotlineHours hours;

    @Test
    void aSignedEventIsRecordedOnceHoweverOftenItIsRetried() throws Exception {
        String callId = "it-" + UUID.randomUUID();
        String body = event("started", callId, uniquePhone(), "4008118890", OffsetDateTime.now(SHANGHAI));

        Http.Response first = post(body, signed(body));
        Http.Response retry = post(body, signed(body));

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("status").asText()).isEqualTo("accepted");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("status").asText()).isEqualTo("duplicate");
        assertThat(calls.findBySourceAndCallId("test", callId)).get()
                .satisfies(c -> assertThat(c.getState()).isEqualTo(PhoneCall.State.RINGING));

        String answered = event("call.answered", callId, null, null, OffsetDateTime.now(SHANGHAI));
        assertThat(post(answered, signed(answered)).status()).isEqualTo(200);
        String ended = event("ended", callId, null, null, OffsetDateTime.now(SHANGHAI))
                .replace("}", ",\"recordingUrl\":\"https://cti.example/rec/" + callId + ".mp3\"}");
        assertThat(post(ended, signed(ended)).status()).isEqualTo(200);
        PhoneCall call = calls.findBySourceAndCallId("test", callId).orElseThrow();
        assertThat(call.getState()).isEqualTo(PhoneCall.State.ENDED);
        assertThat(call.getRecordingUrl()).endsWith(callId + ".mp3");
        assertThat(call.getProcessInstanceId()).as("an answered call needs no call-back").isNull();
    }

    @Test
    void unsignedForgedStaleUnknownSwitchedOffAndOversizedRequestsAreRefusedCountedAndNotKept() throws Exception {
        String marker = "forged-" + UUID.randomUUID();
        String body = event("missed", marker, uniquePhone(), QUEUE_CALL_HOTLINE, OffsetDateTime.now(SHANGHAI));
        long now = Instant.now().getEpochSecond();
        IntakeDoorState before = IntakeDoorState.of(entities, http(), "CTI");

        Http.Response unsigned = post(body, Map.of());
        Http.Response forged = post(body, Map.of("X-Weibao-Source", "test", "X-Weibao-Timestamp",
                Long.toString(now), "X-Weibao-Signature", CtiSignature.sign("not-the-secret", Long.toString(now),
                        body.getBytes(StandardCharsets.UTF_8))));
        String staleTime = Long.toString(now - 3600);
        Http.Response stale = post(body, Map.of("X-Weibao-Source", "test", "X-Weibao-Timestamp", staleTime,
                "X-Weibao-Signature", CtiSignature.sign(CTI_SECRET, staleTime, body.getBytes(StandardCharsets.UTF_8))));
        Http.Response tampered = post(body.replace(marker, marker + "-changed"), signed(body));
        Http.Response unknownSource = post(body, Map.of("X-Weibao-Source", "nobody", "X-Weibao-Timestamp",
                Long.toString(now), "X-Weibao-Signature", "sha256=00"));
        Http.Response switchedOff = post(body, Map.of("X-Weibao-Source", "default", "X-Weibao-Timestamp",
                Long.toString(now), "X-Weibao-Signature", "sha256=00"));
        String huge = body.replace("}", ",\"transcript\":\"" + "z".repeat(300 * 1024) + "\"}");
        Http.Response tooLarge = post(huge, signed(huge));

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.json().get("detail").asText()).contains("timestamp");
        assertThat(tampered.status()).isEqualTo(403);
        assertThat(unknownSource.status()).isEqualTo(403);
        assertThat(switchedOff.status()).isEqualTo(403);
        assertThat(switchedOff.json().get("detail").asText()).contains("off");
        assertThat(tooLarge.status()).as("larger than 256 KiB, signed or not").isEqualTo(413);
        assertThat(forged.json().has("quarantineId")).as("nothing was kept").isFalse();
        assertThat(calls.findByCallIdOrderByIdAsc(marker)).as("nothing refused was recorded").isEmpty();

        IntakeDoorState after = IntakeDoorState.of(entities, http(), "CTI");
        assertThat(after.quarantineRows()).as("refused at the door: not quarantined").isEqualTo(before.quarantineRows());
        assertThat(after.quarantineBodyBytes()).isEqualTo(before.quarantineBodyBytes());
        assertThat(after.refusedSince(before, Refusal.UNSIGNED)).isOne();
        assertThat(after.refusedSince(before, Refusal.BAD_SIGNATURE)).isEqualTo(2);
        assertThat(after.refusedSince(before, Refusal.STALE_TIMESTAMP)).isOne();
        assertThat(after.refusedSince(before, Refusal.UNKNOWN_SOURCE)).isOne();
        assertThat(after.refusedSince(before, Refusal.CHANNEL_OFF)).isOne();
        assertThat(after.refusedSince(before, Refusal.TOO_LARGE)).isOne();
        assertThat(http().get("it-renmin", "/api/quarantine").status()).isEqualTo(403);
    }

    @Test
    void aFloodFromOneAddressStoresNothingIsCountedLogsBoundedlyAndIsThrottledWhileOthersGetThrough()
            throws Exception {
        String marker = "flood-" + UUID.randomUUID();
        byte[] body = event("missed", marker, uniquePhone(), QUEUE_CALL_HOTLINE, OffsetDateTime.now(SHANGHAI))
                .replace("}", ",\"transcript\":\"" + marker + " " + "x".repeat(32 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        int limit = door.refusalsPerAddress();
        IntakeDoorState before = IntakeDoorState.of(entities, http(), "CTI");
        List<Http.Response> answers = new ArrayList<>();
        try (AddressedClient flood = AddressedClient.fromNewAddress(port); CapturedLogs logs = CapturedLogs.start()) {
            for (int i = 0; i < FLOOD; i++) {
                answers.add(flood.post(CtiRoute.PATH, refusedHeaders(i, body), body));
            }
            List<ILoggingEvent> lines = logs.requestLines();
            IntakeDoorState after = IntakeDoorState.of(entities, http(), "CTI");

            assertThat(answers).extracting(Http.Response::status).allMatch(s -> List.of(401, 403, 429)
                    .contains(s));
            assertThat(answers.subList(0, limit)).as("the first refusals are answered one by one")
                    .noneMatch(a -> a.status() == 429);
            long throttled = answers.stream().filter(a -> a.status() == 429).count();
            assertThat(throttled).as("past %d refusals the address waits", limit)
                    .isGreaterThanOrEqualTo(FLOOD - 2L * limit);
            assertThat(answers).filteredOn(a -> a.status() == 429).allSatisfy(a -> assertThat(
                    Long.parseLong(a.header("Retry-After"))).isBetween(1L, door.window().toSeconds() + 1));
            assertThat(after.quarantineRows()).as("no quarantine rows").isEqualTo(before.quarantineRows());
            assertThat(after.quarantineBodyBytes()).as("no stored bytes").isEqualTo(before.quarantineBodyBytes());
            assertThat(calls.findByCallIdOrderByIdAsc(marker)).isEmpty();
            assertThat(after.refusedSince(before, null)).as("every request counted").isEqualTo(FLOOD);
            assertThat(after.refusedSince(before, Refusal.THROTTLED)).isEqualTo(throttled);
            assertThat(after.refusals().get("throttled")).extracting(t -> t.get("address").asText())
                    .contains(flood.address());
            assertThat(lines).as("a bounded log: %s", lines).hasSizeBetween(1, 2 * limit)
                    .allSatisfy(l -> assertThat(l.getFormattedMessage()).doesNotContain(marker)
                            .contains(flood.address()));

            String good = event("started", "other-" + UUID.randomUUID(), uniquePhone(), "4008118890",
                    OffsetDateTime.now(SHANGHAI));
            assertThat(flood.post(CtiRoute.PATH, signed(good), good).status())
                    .as("the flooding address waits, signed or not").isEqualTo(429);
            Http.Response other = post(good, signed(good));
            assertThat(other.status()).as("another address gets through: %s", other.text()).isEqualTo(200);
        }
    }

    @Test
    void aSourcesQuarantinedBodiesAreCappedPerDayThenOnlyTheirMetadataIsKeptWithOneWarning() throws Exception {
        long cap = door.quarantineBytesPerSource().toBytes();
        Instant dayAgo = Instant.now().minus(Duration.ofHours(24));
        long kept = quarantine.keptBodyBytesSince("CTI:capped", dayAgo);
        boolean warnedBefore = quarantine.keptWithoutBodySince("CTI:capped", dayAgo);
        int size = 200 * 1024;
        int requests = (int) (Math.max(0, cap - kept) / size) + 2;
        List<Long> keptIds = new ArrayList<>();
        List<Long> droppedIds = new ArrayList<>();
        try (CapturedLogs logs = CapturedLogs.start()) {
            for (int i = 0; i < requests; i++) {
                String marker = "capped-" + i + "-" + UUID.randomUUID();
                String head = "{\"type\":\"missed\",\"caller\":\"" + marker + "\",\"transcript\":\"";
                String body = head + "y".repeat(size - head.length() - 2) + "\"}";
                Http.Response response = post(body, signed("capped", CTI_CAPPED_SECRET, body));
                assertThat(response.status()).as(response.text()).isEqualTo(400);
                QuarantinedItem row = quarantine.findById(response.json().get("quarantineId")
                        .asLong()).orElseThrow();
                assertThat(row.getBodyBytes()).isEqualTo(size);
                if (kept + size <= cap) {
                    assertThat(row.isBodyKept()).as("request %d within the allowance", i).isTrue();
                    assertThat(new String(row.getBody(), StandardCharsets.UTF_8)).contains(marker);
                    kept += size;
                    keptIds.add(row.getId());
                } else {
                    assertThat(row.isBodyKept()).as("request %d past the allowance", i).isFalse();
                    assertThat(row.getBody()).isEmpty();
                    assertThat(row.getDetail()).contains("callId");
                    droppedIds.add(row.getId());
                }
            }
            assertThat(droppedIds).hasSizeGreaterThanOrEqualTo(1);
            assertThat(logs.requestLines()).filteredOn(l -> l.getFormattedMessage().contains("CTI:capped has"))
                    .as("one warning when the allowance runs out").hasSize(warnedBefore ? 0 : 1);
        }
        assertThat(quarantine.keptBodyBytesSince("CTI:capped", dayAgo)).isLessThanOrEqualTo(cap);
        JsonNode summary = http().get("lead", "/api/intake/refusals").json();
        assertThat(summary.get("keptWithoutBody")).anySatisfy(d -> {
            assertThat(d.get("source").asText()).isEqualTo("CTI:capped");
            assertThat(d.get("count").asLong()).isGreaterThanOrEqualTo(droppedIds.size());
        });
        if (!keptIds.isEmpty()) {
            Http.Response again = http().post("lead", "/api/quarantine/" + keptIds.get(0) + "/reprocess", "");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.text()).as("a kept body runs through the channel again").contains("failed again");
            JsonNode item = http().get("lead", "/api/quarantine/" + keptIds.get(0)).json();
            assertThat(item.get("status").asText()).isEqualTo("OPEN");
            assertThat(item.get("attempts").asInt()).as("the failed attempt counts").isEqualTo(2);
            assertThat(item.get("detail").asText()).as("with its error").contains("callId");
        }
        Http.Response withoutBody = http().post("lead", "/api/quarantine/" + droppedIds.get(0)
                + "/reprocess", "");
        assertThat(withoutBody.status()).isEqualTo(409);
        assertThat(withoutBody.text()).contains("without its body");
        JsonNode dropped = http().get("lead", "/api/quarantine/" + droppedIds.get(0)).json();
        assertThat(dropped.get("attempts").asInt()).as("not tried: no attempt").isOne();
        assertThat(dropped.get("rawHref").isNull()).isTrue();
        assertThat(http().get("lead", "/api/quarantine/" + droppedIds.get(0) + "/raw").status()).isEqualTo(404);
        assertThat(http().post("lead", "/api/quarantine/" + droppedIds.get(0) + "/dismiss",
                Map.of("note", "超出配额")).json().get("status").asText()).isEqualTo("DISMISSED");
    }

    @Test
    void onlyTheVendorsSupervisorsSeeTheRefusals() {
        assertThat(http().get("lead", "/api/intake/refusals").status()).isEqualTo(200);
        assertThat(http().get("manager", "/api/intake/refusals").status()).isEqualTo(200);
        for (String user : List.of("agent", "engineer1", "it-renmin", "it-fuscc")) {
            Http.Response denied = http().get(user, "/api/intake/refusals");
            assertThat(denied.status()).as(user).isEqualTo(403);
            assertThat(denied.text()).as(user).doesNotContain("127.");
        }
        assertThat(http().get(null, "/api/intake/refusals").status()).isEqualTo(401);
    }

    @Test
    void anAuthenticatedButMalformedEventIsA400WithTheFieldAndKept() throws Exception {
        String marker = "malformed-" + UUID.randomUUID();
        String body = "{\"type\":\"missed\",\"caller\":\"" + marker + "\"}";

        Http.Response response = post(body, signed(body));

        assertThat(response.status()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).contains("callId");
        long id = problem.get("quarantineId").asLong();
        JsonNode kept = http().get("manager", "/api/quarantine?source=CTI:test&size=500").json();
        assertThat(kept.get("items")).filteredOn(q -> q.get("id").asLong() == id).singleElement()
                .satisfies(q -> {
                    assertThat(q.get("channel").asText()).isEqualTo("PHONE");
                    assertThat(q.get("reason").asText()).isEqualTo("MALFORMED");
                    assertThat(q.get("authenticated").asBoolean()).isTrue();
                    assertThat(q.get("bodyKept").asBoolean()).isTrue();
                    assertThat(q.get("bodyBytes").asLong()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
                });
        Http.Response raw = http().get("manager", "/api/quarantine/" + id + "/raw");
        assertThat(raw.header("Content-Type")).startsWith("application/json");
        assertThat(raw.header("Content-Disposition")).contains("quarantine-" + id + ".json");
        assertThat(raw.text()).isEqualTo(body);
    }

    @Test
    void aMissedCallAfterHoursBecomesACaseFromTheCallTimeWithACallbackTask() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String callId = "missed-" + UUID.randomUUID();
        String caller = uniquePhone();
        ZonedDateTime afterHours = lastMinuteOutsideServiceHours();
        String body = event("voicemail", callId, caller, QUEUE_CALL_HOTLINE, afterHours.toOffsetDateTime())
                .replace("}", ",\"transcript\":\"叫号屏全部黑屏，麻烦尽快回电\",\"ivr\":\"2\"}");

        Http.Response response = post(body, signed(body));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("callbackStarted").asBoolean()).isTrue();
        Http.Response replay = post(body, signed(body));
        assertThat(replay.json().get("status").asText()).isEqualTo("duplicate");
        String missedAgain = event("missed", callId, caller, QUEUE_CALL_HOTLINE, afterHours.toOffsetDateTime());
        assertThat(post(missedAgain, signed(missedAgain)).json().get("callbackStarted").asBoolean())
                .as("one call, one call-back").isFalse();

        JsonNode task = await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode tasks = engine.get("agent", "/task?processDefinitionKey=PhoneCallProcess&processInstanceBusinessKey="
                    + callId);
            return tasks.isEmpty() ? null : tasks.get(0);
        }, t -> t != null);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_CallBack");
        assertThat(engine.get("manager", "/process-instance?processDefinitionKey=PhoneCallProcess&businessKey="
                + callId)).hasSize(1);

        PhoneCall call = calls.findBySourceAndCallId("test", callId).orElseThrow();
        assertThat(call.getOutsideHours()).isTrue();
        String number = call.getCaseNumber();
        assertThat(number).as("a case in the call-back queue").isNotNull();
        JsonNode created = http.get("agent", "/api/cases/" + number).json();
        assertThat(Instant.parse(created.get("reportedAt").asText())).isEqualTo(afterHours.toInstant());
        assertThat(created.get("channel").asText()).isEqualTo("PHONE");
        assertThat(created.at("/contract/code").asText()).isEqualTo("queue-call");
        assertThat(created.get("summary").asText()).contains("叫号屏全部黑屏");
        assertThat(created.at("/reporter/phone").asText()).isEqualTo(caller);

        JsonNode form = engine.formVariables("agent", task.get("id").asText());
        JsonNode view = JSON.readTree(form.at("/callView/value").asText());
        assertThat(view.get("caseNumber").asText()).isEqualTo(number);
        assertThat(view.get("transcript").asText()).contains("黑屏");
        assertThat(view.get("outsideHours").asText()).isEqualTo("服务时间外");

        engine.claim("agent", task.get("id").asText());
        Http.Response done = engine.submitTaskForm("agent", task.get("id").asText(),
                Map.of("callbackOutcome", "REACHED", "callbackNote", "已联系信息科，工程师明早到场"));
        assertThat(done.status()).as(done.text()).isEqualTo(204);
        assertThat(http.get("agent", "/api/cases/" + number).json().get("history"))
                .anySatisfy(e -> {
                    assertThat(e.get("type").asText()).isEqualTo("NOTE");
                    assertThat(e.get("actor").asText()).isEqualTo("agent");
                    assertThat(e.get("detail").asText()).contains("工程师明早到场");
                });
    }

    @Test
    void theStartFormTurnsAKnownCallersRepeatCallIntoANoteOnTheOpenCase() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String phone = uniquePhone();
        Map<String, Object> request = caseRequest("收费窗口打印机卡纸 " + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) request.get("reporter");
        reporter.put("phone", phone);
        reporter.put("name", "赵收费员");
        String open = http.post("agent", "/api/cases", request).json().get("number").asText();

        String formatted = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
        Http.Response started = engine.submitStartForm("agent", "PhoneCallProcess", Map.of(
                "callerPhone", formatted, "callTime", OffsetDateTime.now(SHANGHAI).minusMinutes(3).toString(),
                "category", "FAULT", "summary", "还是不能开票，催促处理"));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();

        JsonNode confirm = engine.visibleTask("agent", instanceId);
        assertThat(confirm.get("taskDefinitionKey").asText()).isEqualTo("Task_ConfirmCaller");
        assertThat(confirm.get("assignee").asText()).as("the agent who took the call").isEqualTo("agent");
        JsonNode form = engine.formVariables("agent", confirm.get("id").asText());
        JsonNode view = JSON.readTree(form.at("/callerView/value").asText());
        assertThat(view.get("known").asText()).contains("赵收费员", FormText.literal("e-invoice"));
        assertThat(view.get("openCaseOptions")).extracting(o -> o.get("value").asText()).contains(open);
        assertThat(view.get("decisionOptions")).extracting(o -> o.get("value").asText())
                .containsExactly("NOTE", "REGISTER");
        assertThat(form.at("/callerName/value").asText()).isEqualTo("赵收费员");

        Http.Response done = engine.submitTaskForm("agent", confirm.get("id").asText(),
                Map.of("callDecision", "NOTE", "noteCaseNumber", open));
        assertThat(done.status()).as(done.text()).isEqualTo(204);

        JsonNode noted = http.get("agent", "/api/cases/" + open).json();
        assertThat(noted.get("history")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("NOTE");
            assertThat(e.get("channel").asText()).isEqualTo("PHONE");
            assertThat(e.get("detail").asText()).contains("还是不能开票");
        });
        assertThat(http.get("agent", "/api/cases?text=" + EngineRest.encode("催促处理")).json()
                .get("totalItems").asInt()).as("no duplicate case").isZero();
        assertThat(engine.get("manager", "/history/activity-instance?processInstanceId=" + instanceId
                + "&activityId=EndEvent_CallNoted")).as("the call ended as a note").hasSize(1);
    }

    @Test
    void theStartFormAsksTheAgentAboutAnUnknownCallerAndRegistersFromTheCallTime() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "未识别来电 " + UUID.randomUUID();
        OffsetDateTime callTime = OffsetDateTime.now(SHANGHAI).minusMinutes(25).withSecond(0).withNano(0);
        Http.Response started = engine.submitStartForm("agent", "PhoneCallProcess", Map.of(
                "callerPhone", uniquePhone(), "callTime", callTime.toString(), "category", "FAULT",
                "impact", "PAYMENT_DOWN", "summary", marker));
        String instanceId = started.json().get("id").asText();

        JsonNode confirm = engine.visibleTask("agent", instanceId);
        JsonNode view = JSON.readTree(engine.formVariables("agent", confirm.get("id").asText())
                .at("/callerView/value").asText());
        assertThat(view.get("known").asText()).contains("未找到");
        assertThat(view.get("decisionOptions")).as("no open case to note the call on: only 登记新工单")
                .extracting(o -> o.get("value").asText()).containsExactly("REGISTER");
        assertThat(view.get("contractOptions")).extracting(o -> o.get("value").asText()).contains("e-invoice");

        Http.Response incomplete = engine.submitTaskForm("agent", confirm.get("id").asText(),
                Map.of("callDecision", "REGISTER"));
        assertThat(incomplete.status()).isGreaterThanOrEqualTo(400);
        assertThat(incomplete.text()).contains("callerName");

        Map<String, Object> register = new HashMap<>();
        register.put("callDecision", "REGISTER");
        register.put("callerName", "钱主任");
        register.put("callerDepartment", "财务处");
        register.put("callContract", "e-invoice");
        assertThat(engine.submitTaskForm("agent", confirm.get("id").asText(), register).status()).isEqualTo(204);

        JsonNode found = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json();
        assertThat(found.get("totalItems").asInt()).isOne();
        JsonNode created = http.get("agent", "/api/cases/" + found.at("/items/0/number").asText()).json();
        assertThat(Instant.parse(created.get("reportedAt").asText())).isEqualTo(callTime.toInstant());
        assertThat(created.get("channel").asText()).isEqualTo("PHONE");
        assertThat(created.get("registeredBy").asText()).isEqualTo("agent");
        assertThat(created.at("/reporter/name").asText()).isEqualTo("钱主任");
        assertThat(created.get("status").asText()).isEqualTo("NEW");
    }

    @Test
    void aHospitalContactsCallIsRegisteredWithoutAsking() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "联系人来电 " + UUID.randomUUID();
        Http.Response started = engine.submitStartForm("agent", "PhoneCallProcess", Map.of(
                "callerPhone", "020 0000 0001", "callTime", OffsetDateTime.now(SHANGHAI).minusMinutes(1).toString(),
                "category", "FAULT", "summary", marker));
        assertThat(started.status()).as(started.text()).isEqualTo(200);

        String instanceId = started.json().get("id").asText();
        assertThat(engine.visibleTask("agent", instanceId)).isNull();
        JsonNode found = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json();
        assertThat(found.at("/items/0/contract/code").asText()).isEqualTo("queue-call");
        assertThat(found.at("/items/0/reporterName").asText()).isEqualTo("信息科科长（示例）");
    }

    @Test
    void aCallTakenNowNeedsNoCallTimeAndCountsFromTheMomentTheFormWasSent() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "正在接听 " + UUID.randomUUID();
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Http.Response started = engine.submitStartForm("agent", "PhoneCallProcess", Map.of(
                "callerPhone", uniquePhone(), "callerName", "门诊部护士", "callContract", "queue-call",
                "category", "FAULT", "summary", marker));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        Instant after = Instant.now();

        JsonNode found = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json();
        String number = found.at("/items/0/number").asText();
        JsonNode created = http.get("agent", "/api/cases/" + number).json();
        assertThat(Instant.parse(created.get("reportedAt").asText())).isBetween(before, after);
    }

    @Test
    void theStartFormRefusesACallTimeTwoMonthsBackInChineseAndRegistersNothing() {
        String marker = "两个月前来电 " + UUID.randomUUID();
        Map<String, Object> form = new HashMap<>(Map.of("callerPhone", "020 0000 0001", "category", "FAULT",
                "summary", marker, "callTime", OffsetDateTime.now(SHANGHAI).minusDays(61).toString(),
                "callTimeReason", "纸质记录补登"));

        Http.Response refused = new EngineRest(http()).submitStartForm("agent", "PhoneCallProcess", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asText()).isEqualTo("callTime");
            assertThat(e.get("message").asText()).contains("报修时间早于当前时间61天", "补登最多可早于当前时间3天");
        });
        assertThat(http().get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json().get("totalItems")
                .asInt()).isZero();
    }

    @Test
    void aCallTakenOnPaperYesterdayIsRegisteredFromItsTimeWithTheReasonInTheHistory() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "纸质来电 " + UUID.randomUUID();
        OffsetDateTime callTime = OffsetDateTime.now(SHANGHAI).minusHours(20).withSecond(0).withNano(0);
        Map<String, Object> form = new HashMap<>(Map.of("callerPhone", uniquePhone(), "category", "FAULT",
                "summary", marker, "callTime", callTime.toString()));

        Http.Response refused = engine.submitStartForm("agent", "PhoneCallProcess", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asText()).isEqualTo("callTimeReason");
            assertThat(e.get("message").asText()).contains("请填写补登原因");
        });

        form.put("callTimeReason", "夜间值班电话记在纸上");
        Http.Response started = engine.submitStartForm("agent", "PhoneCallProcess", form);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        JsonNode confirm = engine.visibleTask("agent", started.json().get("id").asText());
        assertThat(engine.submitTaskForm("agent", confirm.get("id").asText(), Map.of("callDecision", "REGISTER",
                "callerName", "孙护士", "callContract", "e-invoice")).status()).isEqualTo(204);

        JsonNode created = http.get("agent", "/api/cases/" + http.get("agent", "/api/cases?text="
                + EngineRest.encode(marker)).json().at("/items/0/number").asText()).json();
        assertThat(Instant.parse(created.get("reportedAt").asText())).isEqualTo(callTime.toInstant());
        assertThat(created.get("history")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("REPORT_BACKDATED");
            assertThat(e.get("detail").asText()).contains("报修时间早于登记时间20小时", "补登原因：夜间值班电话记在纸上");
        });
    }

    @Test
    void aCtiCallStartTwoMonthsBackCountsAtMostADayBeforeTheCallCameIn() throws Exception {
        String callId = "ancient-" + UUID.randomUUID();
        OffsetDateTime twoMonthsAgo = OffsetDateTime.now(SHANGHAI).minusDays(61).withHour(2).withMinute(10);
        String body = event("voicemail", callId, uniquePhone(), QUEUE_CALL_HOTLINE, twoMonthsAgo)
                .replace("}", ",\"transcript\":\"叫号屏黑屏\"}");

        Http.Response response = post(body, signed(body));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        PhoneCall call = await().atMost(Duration.ofSeconds(30)).until(
                () -> calls.findBySourceAndCallId("test", callId).orElseThrow(), c -> c.getCaseNumber() != null);
        JsonNode created = http().get("agent", "/api/cases/" + call.getCaseNumber()).json();
        assertThat(Instant.parse(created.get("reportedAt").asText()))
                .isEqualTo(call.getCreatedAt().minus(Duration.ofDays(1)));
    }

    /**
     * The latest minute before now outside the queue-call contract's service hours (Monday to Friday 08:00–17:00 on
     * working days): at most nine hours ago, well within how far back the CTI system's call time counts.
     */
    private ZonedDateTime lastMinuteOutsideServiceHours() {
        ZonedDateTime at = ZonedDateTime.now(SHANGHAI).minusMinutes(1).withSecond(0).withNano(0);
        while (!hours.outsideServiceHours("queue-call", QUEUE_CALL_HOTLINE, at.toInstant()).outside()) {
            at = at.minusMinutes(10);
        }
        return at;
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String event(String type, String callId, String caller, String hotline, OffsetDateTime at)
            throws IOException {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("callId", callId);
        if (caller != null) {
            event.put("caller", caller);
        }
        if (hotline != null) {
            event.put("hotline", hotline);
        }
        event.put(type.contains("started") || type.equals("missed") || type.equals("voicemail") ? "startedAt"
                : "occurredAt", at.toString());
        return JSON.writeValueAsString(event);
    }

    private static Map<String, String> signed(String body) {
        return signed("test", CTI_SECRET, body);
    }

    private static Map<String, String> signed(String source, String secret, String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return Map.of("X-Weibao-Source", source, "X-Weibao-Timestamp", timestamp, "X-Weibao-Signature",
                CtiSignature.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** In turn: unsigned, a forged signature, a stale timestamp, a switched-off source. */
    private static Map<String, String> refusedHeaders(int i, byte[] body) {
        String now = Long.toString(Instant.now().getEpochSecond());
        String stale = Long.toString(Instant.now().getEpochSecond() - 3600);
        return switch (i % 4) {
            case 0 -> Map.of("Content-Type", "application/json");
            case 1 -> Map.of("X-Weibao-Source", "test", "X-Weibao-Timestamp", now, "X-Weibao-Signature",
                    CtiSignature.sign("guessed", now, body));
            case 2 -> Map.of("X-Weibao-Source", "test", "X-Weibao-Timestamp", stale, "X-Weibao-Signature",
                    CtiSignature.sign(CTI_SECRET, stale, body));
            default -> Map.of("X-Weibao-Source", "default", "X-Weibao-Timestamp", now, "X-Weibao-Signature",
                    CtiSignature.sign("guessed", now, body));
        };
    }

    private Http.Response post(String body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return ownAddress().post(CtiRoute.PATH, all, body);
    }
}
