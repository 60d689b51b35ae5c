package org.civicgrievance.routing.returns;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.civicgrievance.routing.RoutingConfig;
import org.civicgrievance.routing.department.Department;
import org.civicgrievance.routing.department.DepartmentRepository;

/**
 * Buck-passing 推诿 per department and period, for discipline officials. Two measures, both dated by
 * the day a department returned the case (in the city's time zone):
 * <ul>
 * <li>confirmed-own returns: returns made in the period that a dispatcher later confirmed wrong by
 * placing the case back on the returning department;</li>
 * <li>bounced cases: cases returned more than {@value #BOUNCE_LIMIT} times in all, counted against
 * every department that returned them, in each period in which it did. A bounce is shared: no one
 * department alone sent the case round.</li>
 * </ul>
 * Both can grow after the period ends (a later confirmation, a later third return): the figures are
 * as known when asked.
 */
@ApplicationScoped
public class BuckPassing {

    /** More returns than this make a case bounced. */
    public static final int BOUNCE_LIMIT = 2;

    /** The cases behind a number, each with all its returns, oldest first. */
    public record CaseReturns(String caseId, String trackingNumber, List<ReturnView> returns) {
    }

    public record DepartmentCount(String department, int confirmedOwnReturns, int bouncedCases,
            List<CaseReturns> confirmedOwn, List<CaseReturns> bounced) {
    }

    /** @param from the first day, @param to the last day, both in {@code zone} */
    public record Report(LocalDate from, LocalDate to, ZoneId zone, List<DepartmentCount> departments) {
    }

    private final CaseReturnRepository returns;
    private final DepartmentRepository departments;
    private final ZoneId zone;

    public BuckPassing(CaseReturnRepository returns, DepartmentRepository departments, RoutingConfig config) {
        this.returns = returns;
        this.departments = departments;
        this.zone = config.zone();
    }

    /** Every department, also those with nothing to count; the most buck-passing first. */
    @Transactional
    public Report between(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<CaseReturn> inPeriod = returns.madeBetween(start, end);
        Map<String, List<CaseReturn>> allOfCase = returns.ofCases(
                inPeriod.stream().map(CaseReturn::getCaseId).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(CaseReturn::getCaseId, LinkedHashMap::new, Collectors.toList()));

        Set<String> codes = new TreeSet<>(departments.listAll().stream().map(Department::getCode).toList());
        inPeriod.forEach(r -> codes.add(r.getDepartmentCode()));
        return new Report(from, to, zone, codes.stream()
                .map(code -> count(code, inPeriod, allOfCase))
                .sorted(Comparator.comparingInt((DepartmentCount d) -> d.confirmedOwnReturns() + d.bouncedCases())
                        .reversed())
                .toList());
    }

    private static DepartmentCount count(String department, List<CaseReturn> inPeriod,
            Map<String, List<CaseReturn>> allOfCase) {
        List<CaseReturn> own = inPeriod.stream().filter(r -> r.getDepartmentCode().equals(department)).toList();
        List<CaseReturn> confirmed = own.stream().filter(CaseReturn::isConfirmedOwn).toList();
        Predicate<String> bounced = caseId -> allOfCase.get(caseId).size() > BOUNCE_LIMIT;
        List<CaseReturns> bouncedCases = cases(own.stream().map(CaseReturn::getCaseId).filter(bounced).toList(),
                allOfCase);
        return new DepartmentCount(department, confirmed.size(), bouncedCases.size(),
                cases(confirmed.stream().map(CaseReturn::getCaseId).toList(), allOfCase), bouncedCases);
    }

    private static List<CaseReturns> cases(List<String> caseIds, Map<String, List<CaseReturn>> allOfCase) {
        return caseIds.stream().distinct().map(allOfCase::get)
                .map(all -> new CaseReturns(all.get(0).getCaseId(), all.get(0).getTrackingNumber(),
                        all.stream().map(ReturnView::of).toList()))
                .toList();
    }
}
