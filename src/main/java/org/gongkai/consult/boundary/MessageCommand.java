package org.gongkai.consult.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A message to the public desk as the form and the API send it. A class with constrained public
 * fields (as {@code request.boundary.RequestCommand}); the rules across fields (a contact, an organ
 * that exists) are checked by the boundary. Sizes are bounded so that one message stays small.
 */
public class MessageCommand implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{gongkai.consult.kind}")
    @Pattern(regexp = "CONSULTATION|SUGGESTION|COMPLAINT|CORRECTION", message = "{gongkai.consult.kind}")
    public String kind;

    /** The organ written to; null or blank: the office assigns it. */
    @Pattern(regexp = "[0-9A-Za-z]{9,18}", message = "{gongkai.request.organ}")
    public String organ;

    @NotBlank(message = "{gongkai.required}")
    @Size(min = 2, max = 100, message = "{gongkai.size}")
    public String title;

    @NotBlank(message = "{gongkai.required}")
    @Size(min = 5, max = 5000, message = "{gongkai.size}")
    public String content;

    @NotBlank(message = "{gongkai.required}")
    @Size(max = 50, message = "{gongkai.size}")
    public String name;

    @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?", message = "{gongkai.request.phone}")
    public String phone;

    @Size(max = 254, message = "{gongkai.size}")
    @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{gongkai.request.email}")
    public String email;

    /** Whether the writer agrees that the question and answer be published (without personal data). */
    @JsonbProperty("public")
    public boolean publicAnswer;

    // accessors for the Faces forms (EL reads properties, not public fields)
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getOrgan() { return organ; }
    public void setOrgan(String organ) { this.organ = organ; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isPublicAnswer() { return publicAnswer; }
    public void setPublicAnswer(boolean publicAnswer) { this.publicAnswer = publicAnswer; }
}
