package com.weibao.platform.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.AddressedClient;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Failed logins over real HTTP on the three doors (/api, /engine-rest, the webapps' login form), each client at its
 * own loopback address. Attackers use addresses of their own (127.0.0.6x), never 127.0.0.1 where the other tests
 * log in, and every lock is lifted after each test.
 */
class LoginThrottleIT extends IntegrationTest {

    private static final String ATTACKER = "127.0.0.66";
    private static final String DESK = "127.0.0.2";
    private static final String STRONG_PASSWORD = "Bx7#kQ2!vLm9";

    @Autowired
    LoginThrottle throttle;
    @Autowired
    IdentityService identity;

    private final List<AddressedClient> clients = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void liftLocksAndClose() {
        for (LoginLock lock : throttle.locks()) {
            if (lock.address() != null && !lock.address().equals("127.0.0.1")) {
                throttle.lift(null, lock.address(), "test");
            }
        }
        users.forEach(user -> throttle.lift(user, null, "test"));
        created.forEach(identity::deleteUser);
        clients.forEach(AddressedClient::close);
    }

    /**
     * The reported attack, condensed: wrong passwords for engineer2 from one address. After five, that address is
     * refused on every door (429, Retry-After, a message Tasklist shows), even with the right password; engineer2
     * works on from their own desk through all three doors.
     */
    @Test
    void guessesFromOneAddressLockItOnEveryDoorWhileTheUserWorksOnFromTheirDesk() {
        AddressedClient attacker = client(ATTACKER);
        users.add("engineer2");
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.get("engineer2:guess-" + i, "/api/contracts").status()).isEqualTo(401);
        }

        Http.Response api = attacker.get("engineer2:guess-5", "/api/contracts");
        assertThat(api.status()).isEqualTo(429);
        assertThat(Integer.parseInt(api.header("Retry-After"))).isBetween(800, 900);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.json().get("type").asText()).isEqualTo("urn:weibao:problem:login-locked");
        assertThat(api.json().get("detail").asText()).startsWith("too many failed logins");
        Http.Response engineRest = attacker.get("engineer2", "/engine-rest/task");
        assertThat(engineRest.status()).isEqualTo(429);
        assertThat(engineRest.header("Retry-After")).isNotNull();
        assertThat(engineRest.json().get("type").asText()).isEqualTo("urn:weibao:problem:login-locked");
        Http.Response webapp = attacker.webappLogin("engineer2", "engineer2", "tasklist");
        assertThat(webapp.status()).isEqualTo(429);
        assertThat(webapp.json().get("message").asText()).isEqualTo("登录失败次数过多，请 15 分钟后再试");

        AddressedClient desk = client(DESK);
        assertThat(desk.get("engineer2", "/api/contracts").status()).isEqualTo(200);
        assertThat(desk.get("engineer2", "/engine-rest/task").status()).isEqualTo(200);
        Http.Response login = desk.webappLogin("engineer2", "engineer2", "tasklist");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("userId").asText()).isEqualTo("engineer2");

        JsonNode locks = client(DESK).get("admin", "/api/security/login-locks").json();
        assertThat(locks).anySatisfy(lock -> {
            assertThat(lock.get("kind").asText()).isEqualTo("USER_AND_ADDRESS");
            assertThat(lock.get("user").asText()).isEqualTo("engineer2");
            assertThat(lock.get("address").asText()).isEqualTo(ATTACKER);
            assertThat(lock.get("failures").asInt()).isEqualTo(5);
            assertThat(lock.get("lockedUntil").isNull()).isFalse();
        });
    }

    /** Each door counts a wrong password once (the /api chain used to check it twice). */
    @Test
    void eachWrongPasswordCountsOnceOnEveryDoor() {
        AddressedClient attacker = client("127.0.0.67");
        users.add("engineer1");
        attacker.get("engineer1:guess", "/api/contracts");
        attacker.get("engineer1:guess", "/engine-rest/task");
        attacker.webappLogin("engineer1", "guess", "tasklist");

        assertThat(throttle.locks()).filteredOn(l -> l.kind() == LoginLock.Kind.USER_AND_ADDRESS
                        && "127.0.0.67".equals(l.address()))
                .singleElement().extracting(LoginLock::failures).isEqualTo(3);
    }

    /** X-Forwarded-For is believed only from a configured proxy: by default a forged one changes nothing. */
    @Test
    void aForgedForwardedForDoesNotHideTheAttacker() {
        AddressedClient attacker = client("127.0.0.68");
        users.add("lead");
        for (int i = 0; i < 6; i++) {
            attacker.header("X-Forwarded-For", "10.0.0." + i);
            Http.Response guess = attacker.get("lead:guess-" + i, "/api/contracts");
            assertThat(guess.status()).isEqualTo(i < 5 ? 401 : 429);
        }
        assertThat(throttle.locks()).filteredOn(l -> "lead".equals(l.user()) && l.lockedUntil() != null)
                .singleElement().extracting(LoginLock::address).isEqualTo("127.0.0.68");
    }

    /**
     * A distributed attack: one guess from each of twenty addresses locks the user on any new address, not at the
     * desk where the user logged in before.
     */
    @Test
    void aDistributedAttackLocksTheUserOnNewAddressesButNotAtTheirDesk() {
        String user = newUser();
        assertThat(client(DESK).get(user + ":" + STRONG_PASSWORD, "/api/contracts").status()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(client("127.0.1." + (10 + i)).get(user + ":guess", "/api/contracts").status())
                    .isEqualTo(401);
        }

        assertThat(client("127.0.1.99").get(user + ":" + STRONG_PASSWORD, "/api/contracts").status())
                .isEqualTo(429);
        assertThat(client(DESK).get(user + ":" + STRONG_PASSWORD, "/api/contracts").status()).isEqualTo(200);
        assertThat(client(DESK).webappLogin(user, STRONG_PASSWORD, "tasklist").status()).isEqualTo(200);
    }

    /**
     * Camunda's own lock (ten wrong passwords: locked for good, for everybody) is out of reach: a user with more
     * failed attempts on record than that still logs in.
     */
    @Test
    void camundasPermanentLockIsOutOfReach() {
        String user = newUser();
        for (int i = 0; i < 12; i++) {
            assertThat(identity.checkPassword(user, "guess-" + i)).isFalse();
        }
        assertThat(http().get(user + ":" + STRONG_PASSWORD, "/api/contracts").status()).isEqualTo(200);
        assertThat(http().get(user + ":" + STRONG_PASSWORD, "/engine-rest/task").status()).isEqualTo(200);
    }

    /** Only administrators see and lift locks; a hospital's user learns nothing about them. */
    @Test
    void onlyAdministratorsSeeAndLiftLocks() {
        AddressedClient attacker = client("127.0.0.69");
        users.add("manager");
        for (int i = 0; i < 5; i++) {
            attacker.get("manager:guess", "/api/contracts");
        }
        assertThat(attacker.get("manager", "/api/contracts").status()).isEqualTo(429);

        for (String outsider : List.of("lead", "it-fuscc", "clinical-renmin")) {
            Http.Response list = http().get(outsider, "/api/security/login-locks");
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.json().get("type").asText()).isEqualTo("urn:weibao:problem:forbidden");
            assertThat(list.text()).doesNotContain("127.0.0.69");
            Http.Response lift = client(DESK).delete(outsider, "/api/security/login-locks?user=manager");
            assertThat(lift.status()).isEqualTo(403);
        }
        assertThat(attacker.get("manager", "/api/contracts").status()).isEqualTo(429);

        Http.Response nothing = client(DESK).delete("admin", "/api/security/login-locks");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().at("/errors/0/field").asText()).isEqualTo("user");

        Http.Response lifted = client(DESK).delete("admin",
                "/api/security/login-locks?user=manager&address=127.0.0.69");
        assertThat(lifted.status()).isEqualTo(200);
        assertThat(lifted.json().get("lifted")).anySatisfy(lock -> {
            assertThat(lock.get("kind").asText()).isEqualTo("USER_AND_ADDRESS");
            assertThat(lock.get("address").asText()).isEqualTo("127.0.0.69");
        });
        assertThat(attacker.get("manager", "/api/contracts").status()).isEqualTo(200);
    }

    /** Camunda Admin's "Unlock User" lifts the user's login locks as well. */
    @Test
    void camundaAdminsUnlockUserLiftsTheLocks() {
        String user = newUser();
        AddressedClient attacker = client("127.0.0.70");
        for (int i = 0; i < 5; i++) {
            attacker.get(user + ":guess", "/api/contracts");
        }
        assertThat(attacker.get(user + ":" + STRONG_PASSWORD, "/api/contracts").status()).isEqualTo(429);

        AddressedClient admin = client(DESK);
        assertThat(admin.webappLogin("admin", "admin", "admin").status()).isEqualTo(200);
        assertThat(admin.webappPost("/camunda/api/engine/engine/default/user/" + user + "/unlock", "{}").status())
                .isEqualTo(204);

        assertThat(attacker.get(user + ":" + STRONG_PASSWORD, "/api/contracts").status()).isEqualTo(200);
    }

    /**
     * Camunda's identity/verify tells a logged-in user who may read users (the desk, leads, managers) whether any
     * user's password is right: counted and locked like a login, so nobody can try the administrator's password
     * through it at full speed.
     */
    @Test
    void verifyingAnotherUsersPasswordIsThrottledLikeALogin() {
        AddressedClient insider = client("127.0.0.71");
        users.add("admin");
        assertThat(insider.webappLogin("agent", "agent", "tasklist").status()).isEqualTo(200);
        String verify = "/camunda/api/engine/engine/default/identity/verify";
        for (int i = 0; i < 5; i++) {
            Http.Response guess = insider.webappPost(verify, Map.of("username", "admin", "password", "guess" + i));
            assertThat(guess.status()).as(guess.text()).isEqualTo(200);
            assertThat(guess.json().get("authenticated").asBoolean()).isFalse();
        }

        Http.Response right = insider.webappPost(verify, Map.of("username", "admin", "password", "admin"));
        assertThat(right.json().get("authenticated").asBoolean()).as("locked: not even checked").isFalse();
        assertThat(throttle.locks()).anySatisfy(lock -> {
            assertThat(lock.user()).isEqualTo("admin");
            assertThat(lock.address()).isEqualTo("127.0.0.71");
            assertThat(lock.lockedUntil()).isNotNull();
        });
        assertThat(client(DESK).webappLogin("admin", "admin", "admin").status()).isEqualTo(200);
    }

    private AddressedClient client(String address) {
        AddressedClient client = AddressedClient.from(address, port);
        clients.add(client);
        return client;
    }

    /** A user of this test alone, in no group, with a password that meets the policy. */
    private String newUser() {
        String id = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName("测试");
        user.setLastName("工程师");
        user.setEmail(id + "@weibao.local");
        user.setPassword(STRONG_PASSWORD);
        identity.saveUser(user);
        users.add(id);
        created.add(id);
        return id;
    }
}
