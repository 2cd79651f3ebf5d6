package org.gongkai.request.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.audit.boundary.AuditLog;
import org.gongkai.platform.boundary.StartupLock;
import org.gongkai.platform.entity.FieldCipher;
import org.gongkai.request.control.Identities;

import java.util.List;
import java.util.logging.Logger;

/**
 * Brings every applicant's personal data under the current key (GB/T 39786-2021; docs/operations.md,
 * "Encryption keys"), each run one transaction with one audit event:
 * <ul>
 * <li>at start-up, rows stored before encryption (V70) are encrypted once; a value already
 *     encrypted is recognised by its {@code v1:} prefix and left alone, so the run is idempotent;</li>
 * <li>{@link #rotate} (ADMIN, {@code POST /api/v1/staff/crypto/rotate}, or {@code gongkai.crypto.rotate=true}
 *     at start-up) re-encrypts every value not under the current key, while the old keys are still
 *     configured in {@code gongkai.crypto.old-keys}, and recomputes every look-up key with the
 *     current look-up key.</li>
 * </ul>
 * Native SQL on purpose: the columns are read and written as stored, around the converter.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "PersonalDataKeys"})
public class ApplicantDataEncryption {

    /** What a run did: rows rewritten, of rows looked at. */
    public record Result(String keyId, int rewritten, int examined) {
    }

    static final String ITEM_TYPE = "PERSONAL_DATA";
    private static final Logger LOG = Logger.getLogger(ApplicantDataEncryption.class.getName());
    private static final int BATCH = 500;
    private static final String[] COLUMNS = {"applicant_name", "id_number", "credit_code", "contact_name", "phone",
            "email", "address"};

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    StartupLock startupLock;

    @Inject
    @ConfigProperty(name = "gongkai.crypto.rotate", defaultValue = "false")
    boolean rotateAtStart;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void atStart() {
        // nodes starting together: one rewrites, the others wait and then find nothing left to do
        startupLock.holdUntilCommit();
        Result result = run(rotateAtStart);
        if (result.rewritten() > 0 || rotateAtStart) {
            audit.record(AuditLog.SYSTEM, null, ITEM_TYPE, "disclosure_request",
                    rotateAtStart ? "PERSONAL_DATA_KEYS_ROTATED" : "PERSONAL_DATA_ENCRYPTED", detail(result));
        }
        LOG.info(() -> "Applicants' personal data under key '" + result.keyId() + "': " + result.rewritten()
                + " of " + result.examined() + " rows examined rewritten"
                + (rotateAtStart ? " (rotation at start-up)" : ""));
    }

    /**
     * Re-encrypts every applicant's data under the current key and recomputes the look-up keys; to
     * be called after a new key was configured with the old one in {@code gongkai.crypto.old-keys}.
     */
    @RolesAllowed("SECURITY_ADMIN")
    public Result rotate() {
        Result result = run(true);
        audit.record(currentStaff.username(), currentStaff.get().organ().code(), ITEM_TYPE, "disclosure_request",
                "PERSONAL_DATA_KEYS_ROTATED", detail(result));
        return result;
    }

    private static String detail(Result result) {
        // counts and the key id only: never a value, never a key
        return "key " + result.keyId() + ": " + result.rewritten() + " of " + result.examined() + " requests rewritten";
    }

    /**
     * @param all every row (rotation: re-encrypt what is not under the current key, recompute every
     *            look-up key); otherwise only rows with a plaintext value or no name key (migration)
     */
    private Result run(boolean all) {
        FieldCipher cipher = FieldCipher.installed();
        StringBuilder plaintext = new StringBuilder("applicant_name_key is null");
        for (String column : COLUMNS) {
            plaintext.append(" or (").append(column).append(" is not null and ").append(column).append(" not like 'v1:%')");
        }
        String select = "select id, applicant_type, id_type, " + String.join(", ", COLUMNS)
                + " from disclosure_request where id > ?1" + (all ? "" : " and (" + plaintext + ")")
                + " order by id limit " + BATCH;
        long last = 0;
        int examined = 0;
        int rewritten = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(select).setParameter(1, last).getResultList();
            for (Object[] row : rows) {
                examined++;
                last = ((Number) row[0]).longValue();
                if (rewrite(cipher, last, row, all)) {
                    rewritten++;
                }
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        return new Result(cipher.currentKeyId(), rewritten, examined);
    }

    private boolean rewrite(FieldCipher cipher, long id, Object[] row, boolean recomputeKeys) {
        String[] stored = new String[COLUMNS.length];
        String[] plain = new String[COLUMNS.length];
        boolean changed = false;
        for (int i = 0; i < COLUMNS.length; i++) {
            stored[i] = (String) row[3 + i];
            if (stored[i] == null) {
                continue;
            }
            boolean encrypted = FieldCipher.isEncrypted(stored[i]);
            plain[i] = encrypted ? cipher.decrypt(stored[i]) : stored[i].strip();
            if (!encrypted || !cipher.isCurrent(stored[i])) {
                stored[i] = cipher.encrypt(plain[i]);
                changed = true;
            }
        }
        boolean natural = "NATURAL_PERSON".equals(row[1]);
        String applicantKey = natural ? Identities.applicantKey(cipher, (String) row[2], plain[1])
                : Identities.applicantKey(cipher, "USCC", plain[2]);
        String nameKey = Identities.nameKey(cipher, plain[0]);
        if (!changed && !recomputeKeys && nameKey != null) {
            // only a missing name key: keep the applicant key as it was
            applicantKey = null;
        }
        em.createNativeQuery("update disclosure_request set applicant_name = ?1, id_number = ?2, credit_code = ?3, "
                        + "contact_name = ?4, phone = ?5, email = ?6, address = ?7, "
                        + "applicant_key = coalesce(?8, applicant_key), applicant_name_key = ?9 where id = ?10")
                .setParameter(1, stored[0]).setParameter(2, stored[1]).setParameter(3, stored[2])
                .setParameter(4, stored[3]).setParameter(5, stored[4]).setParameter(6, stored[5])
                .setParameter(7, stored[6]).setParameter(8, applicantKey).setParameter(9, nameKey)
                .setParameter(10, id)
                .executeUpdate();
        return changed;
    }
}
