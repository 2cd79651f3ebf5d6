/**
 * The public site as a whole: the home page, which gathers what the features publish (the newest
 * catalogue entries, the organs and their guides). It sits above the features and nothing depends
 * on it, so that {@code platform} below them depends on none.
 */
package org.gongkai.site;
