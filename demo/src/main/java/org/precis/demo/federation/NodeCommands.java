package org.precis.demo.federation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to start a coordinator or a site node as its own JVM: a command line to which {@code --config
 * FILE} is appended. The process tests start the federation module's own mains; the CLI starts {@code precis
 * federation site|coordinator} on the same class path.
 */
public record NodeCommands(List<String> coordinator, List<String> site) {
    /** Small, quick-starting JVMs: the nodes do little arithmetic and are mostly waiting on the network. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    public NodeCommands {
        coordinator = List.copyOf(coordinator);
        site = List.copyOf(site);
    }

    /** This JVM's java and class path, running the given main classes with leading arguments. */
    public static NodeCommands sameClassPath(List<String> coordinatorMain, List<String> siteMain) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = Objects.requireNonNull(System.getProperty("java.class.path"), "java.class.path");
        List<String> jvm = new java.util.ArrayList<>(List.of(java));
        jvm.addAll(JVM_OPTIONS);
        jvm.addAll(List.of("-cp", classPath));
        List<String> coordinator = new java.util.ArrayList<>(jvm);
        coordinator.addAll(coordinatorMain);
        List<String> site = new java.util.ArrayList<>(jvm);
        site.addAll(siteMain);
        return new NodeCommands(coordinator, site);
    }

    /** The federation module's own mains, {@code CoordinatorMain} and {@code SiteMain}. */
    public static NodeCommands federationMains() {
        return sameClassPath(
                List.of("org.precis.federation.coordinator.CoordinatorMain"),
                List.of("org.precis.federation.node.SiteMain"));
    }
}
