package org.gongkai.request.entity;

/** The kinds of legal persons and other organisations: the annual report's columns (国办公开办函〔2021〕30号). */
public enum ApplicantCategory {
    /** 商业企业 */
    COMMERCIAL_ENTERPRISE,
    /** 科研机构 */
    RESEARCH_INSTITUTION,
    /** 社会公益组织 */
    PUBLIC_WELFARE_ORG,
    /** 法律服务机构 */
    LEGAL_SERVICE_ORG,
    /** 其他 */
    OTHER
}
