package org.gongkai.request.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The command to file an application, as the public API and the form send it (the request body of the served OpenAPI, "A request
 * body"; Art. 29 of the OGI Regulations). Officers who
 * register a paper application add {@code channel} and {@code receivedOn}. A class with constrained
 * public fields, not a record (see {@code account/api/StaffUserCommand}); the rules across fields are
 * checked by the boundary.
 */
public class RequestCommand implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{gongkai.request.organ}")
    @Pattern(regexp = "[0-9A-Za-z]{9,18}", message = "{gongkai.request.organ}")
    public String organ;

    @NotNull(message = "{gongkai.required}")
    @Valid
    public ApplicantForm applicant = new ApplicantForm();

    @NotBlank(message = "{gongkai.request.description}")
    @Size(min = 5, max = 2000, message = "{gongkai.request.description.size}")
    public String description;

    @Size(max = 100, message = "{gongkai.size}")
    public String docNo;

    @NotNull(message = "{gongkai.required}")
    @Valid
    public DeliveryForm delivery = new DeliveryForm();

    /** Registered requests only: {@code IN_PERSON}, {@code MAIL} or {@code FAX}. */
    @Pattern(regexp = "IN_PERSON|MAIL|FAX", message = "{gongkai.request.channel}")
    public String channel;

    /** Registered requests only: the receipt date the officer recorded (Art. 31). */
    public LocalDate receivedOn;

    /** Who applied (Art. 29(1)). */
    public static class ApplicantForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{gongkai.request.applicantType}")
        @Pattern(regexp = "NATURAL_PERSON|LEGAL_PERSON", message = "{gongkai.request.applicantType}")
        public String type;

        @Pattern(regexp = "COMMERCIAL_ENTERPRISE|RESEARCH_INSTITUTION|PUBLIC_WELFARE_ORG|LEGAL_SERVICE_ORG|OTHER",
                message = "{gongkai.request.category}")
        public String category;

        @NotBlank(message = "{gongkai.request.name}")
        @Size(max = 200, message = "{gongkai.size}")
        public String name;

        @Pattern(regexp = "ID_CARD|PASSPORT|OTHER", message = "{gongkai.request.idType}")
        public String idType;

        @Size(max = 40, message = "{gongkai.size}")
        public String idNumber;

        @Size(max = 18, message = "{gongkai.request.creditCode}")
        public String creditCode;

        @Size(max = 100, message = "{gongkai.size}")
        public String contactName;

        @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?", message = "{gongkai.request.phone}")
        public String phone;

        @Size(max = 254, message = "{gongkai.size}")
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{gongkai.request.email}")
        public String email;

        @Size(max = 300, message = "{gongkai.size}")
        public String address;
    }

    /** The form and way of delivery the applicant wants (Art. 29(3)). */
    public static class DeliveryForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{gongkai.request.deliveryForm}")
        @Pattern(regexp = "ELECTRONIC|PAPER", message = "{gongkai.request.deliveryForm}")
        public String form;

        @NotNull(message = "{gongkai.request.deliveryMethod}")
        @Pattern(regexp = "EMAIL|POST|PICKUP|ONLINE", message = "{gongkai.request.deliveryMethod}")
        public String method;
    }
}
