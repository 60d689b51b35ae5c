package org.civicgrievance.resolution.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.civicgrievance.platform.export.SpreadsheetCsv;

/** The audit trail as CSV (RFC 4180), safe to open in a spreadsheet. */
final class AuditCsv {

    static final String HEADER = "id,occurred_at,actor,actor_role,action,case_id,department,before,after,detail,trace_id";

    private AuditCsv() {
    }

    static String write(List<AuditRecord> records) {
        StringBuilder csv = new StringBuilder(HEADER).append(SpreadsheetCsv.LINE_END);
        for (AuditRecord r : records) {
            csv.append(Stream.of(String.valueOf(r.getId()), String.valueOf(r.getOccurredAt()), r.getActor(),
                    r.getActorRole(), r.getAction().name(), r.getCaseId(), r.getDepartment(), r.getBefore(),
                    r.getAfter(), r.getDetail(), r.getTraceId())
                    .map(AuditCsv::field)
                    .collect(Collectors.joining(","))).append(SpreadsheetCsv.LINE_END);
        }
        return csv.toString();
    }

    /** Quoted, with formulas defused: residents' words end up in details, and an export must not execute them. */
    static String field(String value) {
        return SpreadsheetCsv.field(value);
    }
}
