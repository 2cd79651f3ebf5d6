package org.gongkai.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;

/**
 * Deploys the portal's own WAR, exactly as built, to a Payara Micro started by Arquillian, on
 * the test database in demo mode with the clock fixed at {@link TestDatabase#FIXED_CLOCK}.
 * Each test class that extends this costs one server start: group tests by feature.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalDeployment {

    @ArquillianResource
    protected URL deploymentUrl;

    @Deployment(testable = false)
    public static WebArchive portal() {
        File war = new File(System.getProperty("gongkai.war", "target/gongkai.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The portal's base address, without a trailing slash. */
    protected String base() {
        String url = deploymentUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    protected Api api() {
        return new Api(URI.create(base()));
    }
}
