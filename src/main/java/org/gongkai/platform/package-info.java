/**
 * What every feature stands on: the one clock, configuration, the database and its migrations,
 * personal data encrypted at rest (SM4-GCM and HMAC-SM3, GB/T 39786-2021, keys from configuration),
 * sign-in for the UI (form and session) and the API (HTTP Basic), the JSON error shape of the API
 * and the page templates, language and theme of the UI.
 */
package org.gongkai.platform;
