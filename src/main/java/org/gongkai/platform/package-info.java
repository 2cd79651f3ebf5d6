/**
 * What every feature stands on: the one clock, configuration, the database and its migrations,
 * sign-in for the UI (form and session) and the API (HTTP Basic), the JSON error shape of the API
 * and the page templates, language and theme of the UI.
 */
package org.gongkai.platform;
