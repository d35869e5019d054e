-- H2: the database itself refuses to change a signed report version or an audit entry, through
-- row triggers written in Java (org.precis.store.h2). PostgreSQL's are in PL/pgSQL:
-- db/postgresql/V2__immutable_signed_versions_and_audit.sql.

CREATE TRIGGER report_versions_signed_immutable
    BEFORE UPDATE, DELETE ON report_versions
    FOR EACH ROW CALL 'org.precis.store.h2.SignedReportVersionGuard';

CREATE TRIGGER audit_entries_append_only
    BEFORE UPDATE, DELETE ON audit_entries
    FOR EACH ROW CALL 'org.precis.store.h2.AuditEntriesGuard';
