/**
 * Organs (机关, each with the code used in its index numbers) and their staff: editors, officers,
 * reviewers, leaders and administrators. Every staff user belongs to one organ and sees that
 * organ's work; administrators see all and manage organs and users (API and
 * {@code /staff/admin/organs}, {@code /staff/admin/users}). Demo mode seeds the published demo organs and
 * users.
 */
package org.gongkai.account;
