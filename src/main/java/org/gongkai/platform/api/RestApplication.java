package org.gongkai.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The portal's JSON API, version 1; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(
        title = "Gongkai 政府信息公开平台 API",
        version = "1",
        description = "公开目录、公开指南、依申请公开与保密审查。Staff endpoints under /api/v1/staff use HTTP Basic."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
