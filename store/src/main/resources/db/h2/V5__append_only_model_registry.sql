-- H2: the database itself refuses to change or remove anything in the model registry, through a
-- row trigger written in Java (org.precis.store.h2.ModelRegistryGuard). PostgreSQL's is in
-- PL/pgSQL: db/postgresql/V5__append_only_model_registry.sql.

CREATE TRIGGER model_files_append_only
    BEFORE UPDATE, DELETE ON model_files
    FOR EACH ROW CALL 'org.precis.store.h2.ModelRegistryGuard';

CREATE TRIGGER model_versions_append_only
    BEFORE UPDATE, DELETE ON model_versions
    FOR EACH ROW CALL 'org.precis.store.h2.ModelRegistryGuard';

CREATE TRIGGER model_evaluations_append_only
    BEFORE UPDATE, DELETE ON model_evaluations
    FOR EACH ROW CALL 'org.precis.store.h2.ModelRegistryGuard';

CREATE TRIGGER model_status_changes_append_only
    BEFORE UPDATE, DELETE ON model_status_changes
    FOR EACH ROW CALL 'org.precis.store.h2.ModelRegistryGuard';
