/**
 * The disclosure catalogue (政府信息公开目录, Art. 12 and 20 of the OGI Regulations): entries with
 * their statutory metadata, drafted by editors in versions, published only when the
 * confidentiality review approves that exact version (Art. 17: 先审查、后公开), withdrawn with a
 * public notice; browsing, search, feeds and open-data exports for the public (Art. 24).
 */
package org.gongkai.catalogue;
