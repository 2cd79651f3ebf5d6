package org.gongkai.account.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the login form, kept in the HTTP session. */
record SessionCaller(String name, Set<String> groups) implements Serializable {
}
