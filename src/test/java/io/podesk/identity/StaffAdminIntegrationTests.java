package io.podesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Mailbox;
import io.podesk.support.WebSession;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seller admin's staff API: staff invited in their groups, regrouped and deactivated, each change audited. */
@IntegrationTest
class StaffAdminIntegrationTests {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void aStaffMemberIsInvitedInTheirGroupsAndABadOneIsRefused() {
    String user = "st" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    var added = api.postJson("admin", "/api/admin/staff", """
        {"username": "%s", "name": "Stan Staff", "email": "%s@seller.example", "groups": ["finance", "directors"]}
        """.formatted(user, user));

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(identity.createGroupQuery().groupMember(user).list()).extracting(g -> g.getId())
        .containsExactlyInAnyOrder("finance", "directors");
    assertThat(Mailbox.awaitMail(user + "@seller.example", "set your password")).isNotNull();
    assertThat(api.postJson("admin", "/api/admin/staff", """
        {"username": "%s", "name": "Again", "email": "a@seller.example", "groups": ["finance"]}
        """.formatted(user)).status()).isEqualTo(409);
    var bad = api.postJson("admin", "/api/admin/staff", """
        {"username": "x", "name": "", "email": "nope", "groups": ["buyers"]}
        """);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().findValuesAsText("field")).contains("username", "name", "email", "groups");
    assertThat(api.postJson("salesmanager", "/api/admin/staff", "{}").status()).isEqualTo(403);
  }

  @Test
  void aDeactivatedStaffMemberLosesLoginAndSessionAndTheChangeIsAudited() {
    String user = "st" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    User created = identity.newUser(user);
    created.setEmail(user + "@seller.example");
    created.setPassword("demo");
    identity.saveUser(created);
    identity.createMembership(user, "salesreps");
    WebSession session = WebSession.loggedIn(port, user);
    assertThat(session.get("/staff").statusCode()).isEqualTo(200);

    var regrouped = api.send("PUT", "admin", "/api/admin/staff/" + user + "/groups", "[\"salesmanagers\"]");
    assertThat(regrouped.status()).as(regrouped.body()).isEqualTo(200);
    assertThat(api.post(user, "/api/admin/staff/" + user + "/deactivate").status()).as("not an admin").isEqualTo(403);
    assertThat(api.post("admin", "/api/admin/staff/" + user + "/deactivate").status()).isEqualTo(204);

    var ended = session.get("/staff");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(ended.headers().firstValue("Location").orElseThrow()).contains("/login");
    assertThat(api.get(user, "/api/purchase-orders").status()).isEqualTo(401);
    assertThat(jdbc.queryForList("select type from audit_events where subject_id = ? order by occurred_at",
        String.class, user)).containsExactly("CHANGED", "DEACTIVATED");
    assertThat(api.post("admin", "/api/admin/staff/nosuchuser/deactivate").status()).isEqualTo(404);
  }
}
