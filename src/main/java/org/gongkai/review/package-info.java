/**
 * The confidentiality review (保密审查) that stands before anything becomes public: 先审查、后公开
 * (Art. 17 of the OGI Regulations; Art. 35 of the State Secrets Law).
 *
 * <p>Submitting a catalogue entry, a guide or a reply letter opens one review task bound to the exact
 * version submitted (一事一审): editing the item afterwards makes the pending task stale, and a stale
 * task cannot be decided. On submission the automatic pre-scan ({@code control.ContentScanner}, with
 * the text of attachments from {@code control.AttachmentTextExtractor}) reports classification
 * markings, terms from the sensitive-term list that ADMIN maintains, and personal data with masking
 * suggestions (PIPL Art. 25, 55); it only reports and never decides. The decision chain then runs
 * step by step (初审, 复审, and for sensitive items the leader's 批准), each step by a different
 * person holding that step's role, each recording reviewer, time, decision and reasons. The
 * publication gate lets an item reach the public site only when the task for its current version has
 * been approved at every step (谁公开谁审查). Every submission and decision is written to the audit
 * log, without personal data.
 */
package org.gongkai.review;
