/**
 * Disclosure on application (依申请公开, Art. 27-45 of the OGI Regulations): anyone files a request
 * online without an account, officers register the ones that come by post, fax or in person; the
 * reply clock runs in working days (20, restarted by a supplementation, moved by third-party
 * consultations, an approved extension and unpaid fees); every outcome of the annual report is
 * answered with a reply letter (告知书) that reaches the applicant only after the confidentiality
 * review approves it. Applicants follow their request with its tracking code and passcode; the
 * applicant's personal data is shown to the organ's officers only.
 */
package org.gongkai.request;
