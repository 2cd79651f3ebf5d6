package org.gongkai.infowork.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.gongkai.urgent.entity.UrgentFaultRecorded;

/**
 * A fault of urgent reporting (迟报, 漏报, 瞒报, 误报) costs the unit its deduction in the ledger and,
 * where the year's rules say so, its awards for the year: appended in the transaction that records
 * the fault, so the fault and its deduction commit together.
 */
@ApplicationScoped
public class UrgentFaultScoring {

    @Inject
    ScoreLedger ledger;

    void onFault(@Observes UrgentFaultRecorded fault) {
        ledger.recordUrgentFault(fault.organCode(), fault.year(), fault.faultKind(), fault.incidentId(), fault.reason());
    }
}
