/**
 * The federation demo and the machinery fault tests share with it: a throwaway collaboration folder
 * (CA, certificates, site tables, policies, configuration files), coordinator and site JVMs on
 * loopback ports, and the pooled single-machine reference each demo study is compared with.
 */
package org.precis.federation.demo;
