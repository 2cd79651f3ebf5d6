package org.gongkai.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongkai.account.boundary.CurrentStaff;
import org.gongkai.account.boundary.Organs;
import org.gongkai.account.entity.Organ;
import org.gongkai.platform.web.FacesErrors;
import org.gongkai.platform.web.FacesNotices;
import org.gongkai.review.boundary.ReviewChains;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' page of review chains ({@code /staff/admin/chains?organ=…}): per organ, item
 * type and sensitivity, the steps of the confidentiality review (each step a role, each decided by
 * a different person; Art. 17 of the OGI Regulations), configured or the usual ones; one form sets a chain.
 */
@Named
@ViewScoped
public class ReviewChainsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One chain as the page shows it. */
    public record Chain(String itemType, boolean sensitive, List<String> steps, boolean configured)
            implements Serializable {
    }

    @Inject
    transient ReviewChains chains;

    @Inject
    transient Organs organs;

    @Inject
    transient CurrentStaff currentStaff;

    @Inject
    transient FacesContext faces;

    private String organ;
    private String itemType = ReviewChains.ITEM_TYPES.get(0);
    private boolean sensitive;
    /** One role per step ("" for none), {@link ReviewChains#MAX_STEPS} of them. */
    private final String[] steps = new String[ReviewChains.MAX_STEPS];
    private transient List<Chain> listed;

    /** Opens the organ of the address (default: the administrator's own). */
    public void load() {
        if (faces.isPostback()) {
            return;
        }
        if (organ == null || organs.find(organ).isEmpty()) {
            organ = currentStaff.get().organ().code();
        }
        edit(itemType, false);
    }

    public List<Chain> getChains() {
        if (listed == null) {
            List<Chain> all = new ArrayList<>();
            for (String type : ReviewChains.ITEM_TYPES) {
                for (boolean isSensitive : new boolean[]{false, true}) {
                    Optional<List<String>> configured = chains.configured(organ, type, isSensitive);
                    all.add(new Chain(type, isSensitive, configured.orElse(ReviewChains.usual(isSensitive)),
                            configured.isPresent()));
                }
            }
            listed = all;
        }
        return listed;
    }

    /** Fills the form with one listed chain, to change it. */
    public void edit(String type, boolean isSensitive) {
        itemType = type;
        sensitive = isSensitive;
        List<String> current = chains.stepsFor(organ, type, isSensitive);
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i < current.size() ? current.get(i) : "";
        }
    }

    public void save() {
        try {
            List<String> chosen = Arrays.stream(steps).filter(step -> step != null && !step.isBlank()).toList();
            chains.configure(organ, itemType, sensitive, chosen);
            listed = null;
            FacesNotices.done(faces, "admin.chains.saved");
        } catch (RuntimeException e) {
            if (!FacesErrors.show(faces, e)) {
                throw e;
            }
        }
    }

    public List<Organ> getOrgans() {
        return organs.all();
    }

    public List<String> getItemTypes() {
        return ReviewChains.ITEM_TYPES;
    }

    public String getOrgan() {
        return organ;
    }

    public void setOrgan(String organ) {
        this.organ = organ;
    }

    public String getItemType() {
        return itemType;
    }

    public void setItemType(String itemType) {
        this.itemType = itemType;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public String[] getSteps() {
        return steps;
    }
}
