package org.gongkai.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A session that lives for one request only: what an anonymous page without forms gets when a
 * library asks for a session anyway (PrimeFaces keeps its CSP nonce in the view map, which Faces
 * stores in the session). No cookie is sent and nothing is kept on the server, so browsing the
 * public pages creates no session (OWASP ASVS 3.2: sessions only where needed; and a visitor
 * cannot fill the server's memory with sessions).
 */
final class RequestOnlySession implements HttpSession {

    private final ServletContext context;
    private final long created;
    private final String id = "request-only-" + UUID.randomUUID();
    private final Map<String, Object> attributes = new HashMap<>();

    /** What Mojarra's session listener puts into every new session; its view scope expects it. */
    static final String MOJARRA_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    /** {@code created}: the request's instant on the portal's one clock, in milliseconds. */
    RequestOnlySession(ServletContext context, long created) {
        this.context = context;
        this.created = created;
        attributes.put(MOJARRA_VIEW_MAPS, new java.util.concurrent.ConcurrentHashMap<String, Object>());
    }

    @Override
    public long getCreationTime() {
        return created;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        return created;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        // nothing outlives the request
    }

    @Override
    public int getMaxInactiveInterval() {
        return 0;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void invalidate() {
        attributes.clear();
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
