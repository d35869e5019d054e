/**
 * The federation demo and the machinery the process tests share with it (moved here from the
 * federation library, which never needs it): a throwaway collaboration folder (CA, certificates,
 * site tables, policies, configuration files), coordinator and site JVMs on loopback ports
 * ({@link org.precis.demo.federation.NodeProcesses}), and the demo's report, each study beside
 * its pooled single-machine answer.
 */
package org.precis.demo.federation;
