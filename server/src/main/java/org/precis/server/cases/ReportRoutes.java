package org.precis.server.cases;

import ca.uhn.fhir.context.FhirContext;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.OptionalInt;
import org.precis.casework.library.SlideLibrary;
import org.precis.casework.report.CaseReports;
import org.precis.casework.report.ExportedReport;
import org.precis.casework.report.ModelCards;
import org.precis.casework.report.ReportFormat;
import org.precis.io.json.JsonMappers;
import org.precis.report.casereport.ReportFonts;
import org.precis.server.auth.Access;
import org.precis.server.auth.Authentication;
import org.precis.slide.Slides;
import org.precis.store.Store;

/**
 * A case's report, for pathologists and administrators: {@code GET /api/cases/{case}/report.html}
 * (the printable page), {@code /api/cases/{case}/report.pdf} (a download) and {@code GET
 * /fhir/DiagnosticReport/{case}} ({@code application/fhir+json}). Each takes {@code ?version=N}
 * (default: the latest version; an open draft is reported as a draft). The FHIR route's id is the
 * case id, and it answers the FHIR R4 Bundle (type collection) that holds the DiagnosticReport with
 * its Observations, Devices, Patient and Provenance: the report's references are {@code urn:uuid:}
 * entries of that bundle, so the DiagnosticReport alone would point at nothing. A signed version is
 * built from what its sign-off froze. Every answer is an export, recorded in the audit trail by
 * casework with the caller's name. Unknown case or version: 404; a bad version: 400.
 */
public final class ReportRoutes {
    /** The Precis version printed on reports the server makes (the command line's version). */
    /** The software named in the provenance of what the server makes. */
    public static final String SOFTWARE = "precis 0.1.0";

    /**
     * The report page carries its own style sheet and embeds its images as {@code data:} URIs; it
     * has no scripts, so it gets a policy that allows only that.
     */
    static final String REPORT_PAGE_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final CaseReports reports;

    public ReportRoutes(CaseReports reports) {
        this.reports = reports;
    }

    /** The routes over the server's store, slide folders and slide engine, with the DejaVu fonts of Debian. */
    public ReportRoutes(Store store, SlideLibrary library, Slides engine, Clock clock) {
        this(new CaseReports(
                store.cases(),
                store.audit(),
                library,
                engine,
                ModelCards.shipped(),
                ReportFonts.dejaVu(ReportFonts.DEBIAN_DEJAVU),
                FhirContext.forR4(),
                clock,
                SOFTWARE,
                JsonMappers.compact()));
    }

    public void install(Javalin app) {
        Access[] roles = {Access.PATHOLOGIST, Access.ADMINISTRATOR};
        app.get("/api/cases/{case}/report.html", ctx -> answer(ctx, ReportFormat.HTML), roles);
        app.get("/api/cases/{case}/report.pdf", ctx -> answer(ctx, ReportFormat.PDF), roles);
        app.get("/fhir/DiagnosticReport/{case}", ctx -> answer(ctx, ReportFormat.FHIR), roles);
    }

    private void answer(Context ctx, ReportFormat format) throws IOException {
        ExportedReport report = reports.export(
                ctx.pathParam("case"),
                version(ctx),
                format,
                Authentication.user(ctx).name());
        String disposition = format == ReportFormat.PDF ? "attachment" : "inline";
        ctx.header("Content-Disposition", disposition + "; filename=\"" + report.fileName() + "\"")
                .header("Cache-Control", "private, no-store");
        if (format == ReportFormat.HTML) {
            ctx.header("Content-Security-Policy", REPORT_PAGE_POLICY);
        }
        ctx.contentType(format.mediaType()).result(report.content());
    }

    private static OptionalInt version(Context ctx) {
        String given = ctx.queryParam("version");
        if (given == null) {
            return OptionalInt.empty();
        }
        try {
            int version = Integer.parseInt(given.strip());
            if (version >= 1) {
                return OptionalInt.of(version);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestResponse("version must be a whole number from 1, not '" + given + "'");
    }
}
