/**
 * The public Q&A desk (答疑台, 政务咨询): anyone writes a consultation, suggestion, complaint or error
 * report without an account; the office (信息科) screens and assigns it to a unit; the unit's officer
 * answers; the answer reaches the writer, and the public when the writer agreed, only after the
 * confidentiality review approves it. Due dates run in working days per kind; the writer rates the
 * answer and an unsatisfied writer gets one second handling. The writer's personal data never
 * reaches a public view.
 */
package org.gongkai.consult;
