-- PostgreSQL: the database itself refuses to change or remove anything in the model registry.
-- (H2 has the same triggers as a Java class: db/h2/V5__append_only_model_registry.sql.)

CREATE FUNCTION refuse_model_registry_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% rows cannot be changed: the model registry is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER model_files_append_only
    BEFORE UPDATE OR DELETE ON model_files
    FOR EACH ROW EXECUTE FUNCTION refuse_model_registry_change();

CREATE TRIGGER model_versions_append_only
    BEFORE UPDATE OR DELETE ON model_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_model_registry_change();

CREATE TRIGGER model_evaluations_append_only
    BEFORE UPDATE OR DELETE ON model_evaluations
    FOR EACH ROW EXECUTE FUNCTION refuse_model_registry_change();

CREATE TRIGGER model_status_changes_append_only
    BEFORE UPDATE OR DELETE ON model_status_changes
    FOR EACH ROW EXECUTE FUNCTION refuse_model_registry_change();
