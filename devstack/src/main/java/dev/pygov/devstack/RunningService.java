package dev.pygov.devstack;

import dev.pygov.devstack.process.ChildProcess;

/** A service JVM the platform started. */
public record RunningService(ServiceSpec spec, int port, ChildProcess process) {

    public String url() {
        return "http://localhost:" + port;
    }

    public String swaggerUiUrl() {
        return url() + "/q/swagger-ui";
    }

    public String openApiUrl() {
        return url() + "/q/openapi";
    }

    public String healthUrl() {
        return url() + "/q/health";
    }

    public String readyUrl() {
        return url() + "/q/health/ready";
    }
}
