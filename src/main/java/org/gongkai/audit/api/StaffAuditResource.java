package org.gongkai.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.audit.boundary.AuditSeal;

import java.sql.SQLException;

/** Administrators check that the history has not been tampered with. */
@Path("staff/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffAuditResource {

    @Inject
    AuditSeal seal;

    @GET
    @Path("verify")
    @Operation(summary = "校验审计记录哈希链 / verify the history's hash chain (ADMIN)")
    public AuditSeal.Verification verify() throws SQLException {
        return seal.verify();
    }
}
