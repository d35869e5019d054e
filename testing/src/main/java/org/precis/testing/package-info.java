/**
 * Test support shared by every module's tests (a test-scope dependency, never shipped): where the
 * shared sample data and models lie.
 */
package org.precis.testing;
