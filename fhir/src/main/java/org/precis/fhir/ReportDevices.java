package org.precis.fhir;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Identifier;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.ModelCard;

/** Devices of a report: Precis itself (its version) and each model (name, version, SHA-256). */
final class ReportDevices {

    /** System of identifiers that are the SHA-256 of a file (64 lowercase hex digits). */
    static final String SHA256_SYSTEM = "urn:precis:sha256";

    private ReportDevices() {}

    static Device software(CaseReport report) {
        Device device = new Device();
        device.setStatus(Device.FHIRDeviceStatus.ACTIVE);
        device.addDeviceName().setName("Precis").setType(Device.DeviceNameType.MODELNAME);
        device.addVersion().setValue(report.softwareVersion());
        return device;
    }

    static Device model(ModelCard card, FhirIds ids) {
        Device device = new Device();
        device.setStatus(Device.FHIRDeviceStatus.ACTIVE);
        device.addIdentifier(new Identifier().setSystem(SHA256_SYSTEM).setValue(card.sha256()));
        device.addIdentifier(new Identifier().setSystem("urn:precis:model").setValue(card.id()));
        device.addDeviceName().setName(card.name()).setType(Device.DeviceNameType.MODELNAME);
        device.addVersion().setValue(card.version());
        device.setParent(ids.reference(CaseReportBundle.SOFTWARE_DEVICE));
        device.addNote(new Annotation().setText("Intended use: " + card.intendedUse()));
        device.addNote(new Annotation().setText("Performance on data it never saw: " + card.performanceOnUnseenData()));
        device.addNote(new Annotation().setText("Known limits: " + card.knownLimits()));
        if (!card.validatedForDiagnosis()) {
            device.addNote(new Annotation().setText(ModelCard.RESEARCH_USE));
        }
        return device;
    }
}
