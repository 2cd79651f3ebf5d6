package org.gongkai.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.account.control.AdminPasswordPolicy;
import org.gongkai.account.control.PasswordHasher;
import org.gongkai.account.entity.Organ;
import org.gongkai.account.entity.Role;
import org.gongkai.account.entity.StaffUser;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.boundary.StartupLock;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Makes sure someone can sign in after start-up. In demo mode ({@code gongkai.demo=true}, the
 * default on the embedded database) it seeds the published demo organs and users. Otherwise it
 * seeds only {@code admin}, whose password must come from {@code gongkai.admin.password} and must
 * not be a well-known default: the deployment fails rather than run with one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class AccountBootstrap {

    public static final String DEMO_ORGAN = "000014349";
    public static final String DEMO_SECOND_ORGAN = "000014350";
    public static final String DEMO_PASSWORD = "gongkai-demo";
    public static final String ADMIN = "admin";

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHasher hasher;

    @Inject
    Pbkdf2PasswordHash verifier;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "gongkai.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "gongkai.admin.password")
    Optional<String> adminPassword;

    /** Outside demo mode: the security administrator's first password (三员分立: only it manages accounts). */
    @Inject
    @ConfigProperty(name = "gongkai.secadmin.password")
    Optional<String> securityAdminPassword;

    /** Outside demo mode: the audit administrator's first password. */
    @Inject
    @ConfigProperty(name = "gongkai.auditor.password")
    Optional<String> auditorPassword;

    @Inject
    @ConfigProperty(name = "gongkai.organ.code", defaultValue = "000000000")
    String platformOrganCode;

    @Inject
    @ConfigProperty(name = "gongkai.organ.name", defaultValue = "本平台管理机构")
    String platformOrganName;

    @Inject
    StartupLock startupLock;

    @PostConstruct
    void bootstrap() {
        // nodes starting together: one seeds, the others wait for its commit and find the rows there
        startupLock.holdUntilCommit();
        if (demo) {
            seedDemo();
            return;
        }
        String password = adminPassword.orElse(null);
        String refusal = AdminPasswordPolicy.refusal(password);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        Organ organ = organ(platformOrganCode, platformOrganName);
        StaffUser admin = em.find(StaffUser.class, ADMIN);
        if (admin == null) {
            user(ADMIN, "系统管理员", organ, EnumSet.of(Role.ADMIN), password);
        } else if (!verifier.verify(password.toCharArray(), adminPasswordHash(admin))) {
            admin.changePasswordHash(hasher.hash(password));
            audit.record(AuditLog.SYSTEM, organ.code(), StaffUsers.ITEM_TYPE, ADMIN, "USER_CHANGED",
                    "password set from configuration");
        }
        // 三员分立 (GB/T 22239-2019 8.1.10): the other two administrators, created once when configured
        seedFromConfiguration("secadmin", "安全管理员", organ, Role.SECURITY_ADMIN, securityAdminPassword);
        seedFromConfiguration("auditor", "安全审计员", organ, Role.AUDITOR, auditorPassword);
    }

    private void seedFromConfiguration(String username, String displayName, Organ organ, Role role,
                                       Optional<String> password) {
        if (password.isEmpty() || password.get().isBlank()) {
            if (em.find(StaffUser.class, username) == null) {
                LOG.warning("No " + role + " account: set gongkai." + username + ".password to create " + username);
            }
            return;
        }
        String refusal = AdminPasswordPolicy.refusal(password.get());
        if (refusal != null) {
            throw new IllegalStateException(refusal.replace("gongkai.admin.password", "gongkai." + username + ".password"));
        }
        user(username, displayName, organ, EnumSet.of(role), password.get());
    }

    private String adminPasswordHash(StaffUser admin) {
        return em.createQuery("select u.passwordHash from StaffUser u where u.username = :name", String.class)
                .setParameter("name", admin.username())
                .getSingleResult();
    }

    private void seedDemo() {
        LOG.warning("Demo mode: demo organs and users with the published demo password are present. "
                + "Never use demo mode for a real portal.");
        Organ office = organ(DEMO_ORGAN, "示范市人民政府办公室");
        Organ education = organ(DEMO_SECOND_ORGAN, "示范市教育局");
        user(ADMIN, "系统管理员", office, EnumSet.of(Role.ADMIN), DEMO_PASSWORD);
        user("editor", "王编辑", office, EnumSet.of(Role.EDITOR), DEMO_PASSWORD);
        user("officer", "李经办", office, EnumSet.of(Role.OFFICER), DEMO_PASSWORD);
        user("reviewer", "赵审查", office, EnumSet.of(Role.REVIEWER), DEMO_PASSWORD);
        user("leader", "陈主任", office, EnumSet.of(Role.LEADER), DEMO_PASSWORD);
        user("officer2", "刘经办", education, EnumSet.of(Role.OFFICER), DEMO_PASSWORD);
        // 三员分立 (GB/T 22239-2019 8.1.10): the security administrator and the auditor beside admin
        user("secadmin", "孙安全", office, EnumSet.of(Role.SECURITY_ADMIN), DEMO_PASSWORD);
        user("auditor", "周审计", office, EnumSet.of(Role.AUDITOR), DEMO_PASSWORD);
        // the information work (政务信息报送): a unit's information officers and the office's section
        user("infoofficer", "吴信息", education, EnumSet.of(Role.INFO_OFFICER), DEMO_PASSWORD);
        user("infoofficer2", "郑信息", office, EnumSet.of(Role.INFO_OFFICER), DEMO_PASSWORD);
        user("infoeditor", "冯信息科", office, EnumSet.of(Role.INFO_EDITOR), DEMO_PASSWORD);
        // enough people for every review chain (初审 → 复审 → 批准 needs two reviewers and a leader,
        // none of them an author): a second reviewer in the office, and the education bureau's own
        // editor, two reviewers and leader
        user("reviewer2", "钱复审", office, EnumSet.of(Role.REVIEWER), DEMO_PASSWORD);
        user("editor2", "何编辑", education, EnumSet.of(Role.EDITOR), DEMO_PASSWORD);
        user("reviewer3", "韩审查", education, EnumSet.of(Role.REVIEWER), DEMO_PASSWORD);
        user("reviewer4", "杨复审", education, EnumSet.of(Role.REVIEWER), DEMO_PASSWORD);
        user("leader2", "林局长", education, EnumSet.of(Role.LEADER), DEMO_PASSWORD);
    }

    private Organ organ(String code, String name) {
        Organ organ = em.find(Organ.class, code);
        if (organ == null) {
            organ = new Organ(code, name, clock.instant());
            em.persist(organ);
            audit.record(AuditLog.SYSTEM, code, Organs.ITEM_TYPE, code, "ORGAN_CREATED", name);
        }
        return organ;
    }

    private void user(String username, String displayName, Organ organ, Set<Role> roles, String password) {
        if (em.find(StaffUser.class, username) != null) {
            return;
        }
        String hash = hasher.hash(password);
        em.persist(new StaffUser(username, displayName, organ, roles, hash, clock.instant()));
        em.flush();
        em.createNativeQuery("insert into staff_password_history (username, password_hash, set_at) values (?1, ?2, ?3)")
                .setParameter(1, username)
                .setParameter(2, hash)
                .setParameter(3, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate();
        audit.record(AuditLog.SYSTEM, organ.code(), StaffUsers.ITEM_TYPE, username, "USER_CREATED",
                "roles=" + roles + " (seeded)");
    }
}
