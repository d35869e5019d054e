-- PostgreSQL: the database itself refuses to change a signed report version or an audit entry.
-- (H2 has the same triggers as Java classes: db/h2/V2__immutable_signed_versions_and_audit.sql.)

CREATE FUNCTION refuse_signed_report_version_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'report version % of case % is signed and cannot be changed', OLD.version, OLD.case_id;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER report_versions_signed_immutable
    BEFORE UPDATE OR DELETE ON report_versions
    FOR EACH ROW WHEN (OLD.status <> 'DRAFT')
    EXECUTE FUNCTION refuse_signed_report_version_change();

CREATE FUNCTION refuse_audit_entry_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entry % cannot be changed: the trail is append-only', OLD.sequence;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entries_append_only
    BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW
    EXECUTE FUNCTION refuse_audit_entry_change();
