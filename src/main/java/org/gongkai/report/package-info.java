/**
 * The annual report on open government information (政府信息公开工作年度报告, Art. 49-50 of the OGI
 * Regulations, in the format of 国办公开办函〔2021〕30号) per organ and for the whole government, its
 * reconciliation, outputs (JSON, HTML, PDF, CSV), its confidentiality review and public column,
 * and the statistics of the running year. The counts come from the boundaries of the features
 * that own the data ({@code request.boundary.RequestStatistics},
 * {@code catalogue.boundary.CatalogueStatistics}).
 */
package org.gongkai.report;
