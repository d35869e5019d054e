package org.precis.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs twice, on the embedded H2 store and on PostgreSQL, each time with a fresh
 * database. It may take a {@link Store} (opened for it), a {@link StoreFixture} (to open more stores
 * on the same database or reach it with plain SQL) and the {@link Backend}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(StoreBackends.class)
public @interface BothStores {}
