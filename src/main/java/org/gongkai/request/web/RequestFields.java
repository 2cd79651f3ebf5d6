package org.gongkai.request.web;

import org.gongkai.request.boundary.RequestCommand;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The fields of an application as the forms edit them (EL needs properties), turned into the API's
 * {@link RequestCommand} for the boundary, which checks everything again.
 */
public class RequestFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String organ;
    private String type = "NATURAL_PERSON";
    private String category;
    private String name;
    private String idType = "ID_CARD";
    private String idNumber;
    private String creditCode;
    private String contactName;
    private String phone;
    private String email;
    private String address;
    private String description;
    private String docNo;
    private String deliveryForm = "ELECTRONIC";
    private String deliveryMethod = "EMAIL";
    private String channel = "MAIL";
    private LocalDate receivedOn;

    public RequestCommand toForm(boolean registered) {
        RequestCommand form = new RequestCommand();
        form.organ = organ;
        boolean legal = "LEGAL_PERSON".equals(type);
        form.applicant.type = type;
        form.applicant.category = legal ? category : null;
        form.applicant.name = name;
        form.applicant.idType = legal ? null : idType;
        form.applicant.idNumber = legal ? null : idNumber;
        form.applicant.creditCode = legal ? creditCode : null;
        form.applicant.contactName = legal ? contactName : null;
        form.applicant.phone = phone;
        form.applicant.email = email;
        form.applicant.address = address;
        form.description = description;
        form.docNo = docNo;
        form.delivery.form = deliveryForm;
        form.delivery.method = deliveryMethod;
        if (registered) {
            form.channel = channel;
            form.receivedOn = receivedOn;
        }
        return form;
    }

    public boolean isLegalPerson() {
        return "LEGAL_PERSON".equals(type);
    }

    public String getOrgan() {
        return organ;
    }

    public void setOrgan(String organ) {
        this.organ = organ;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdType() {
        return idType;
    }

    public void setIdType(String idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDocNo() {
        return docNo;
    }

    public void setDocNo(String docNo) {
        this.docNo = docNo;
    }

    public String getDeliveryForm() {
        return deliveryForm;
    }

    public void setDeliveryForm(String deliveryForm) {
        this.deliveryForm = deliveryForm;
    }

    public String getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(String deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
