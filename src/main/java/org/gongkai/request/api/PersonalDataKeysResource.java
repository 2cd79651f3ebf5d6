package org.gongkai.request.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.request.boundary.ApplicantDataEncryption;

/**
 * Key rotation of the personal data at rest (GB/T 39786-2021; docs/operations.md, "Encryption
 * keys"), for the administrator: re-encrypts every applicant's data under the key now configured.
 */
@Path("staff/crypto")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class PersonalDataKeysResource {

    /** What the rotation did: the current key's id and the rows rewritten of the rows examined. */
    public record RotationDto(String keyId, int rewritten, int examined) {
    }

    @Inject
    ApplicantDataEncryption encryption;

    @POST
    @Path("rotate")
    @Operation(summary = "以当前密钥重新加密申请人个人信息 / re-encrypt applicants' personal data under the current key")
    public RotationDto rotate() {
        ApplicantDataEncryption.Result result = encryption.rotate();
        return new RotationDto(result.keyId(), result.rewritten(), result.examined());
    }
}
