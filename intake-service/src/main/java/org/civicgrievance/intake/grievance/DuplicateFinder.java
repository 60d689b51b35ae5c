package org.civicgrievance.intake.grievance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.civicgrievance.intake.grievance.GrievanceRepository.DuplicateCandidate;

/**
 * Finds the earlier case a new submission probably repeats: within 48 hours, from the same person
 * (phone or e-mail) or about the same place (same address, or within 100 m), with very similar
 * text. Such cases are linked, never dropped: the second resident may know more than the first.
 */
@ApplicationScoped
public class DuplicateFinder {

    static final Duration WINDOW = Duration.ofHours(48);
    static final double SAME_PLACE_METRES = 100;
    static final double VERY_SIMILAR = 0.6;
    /** Per key (phone, e-mail, address, grid cell), the latest; at most four times this many in all. */
    static final int MAX_CANDIDATES = 20;

    private final GrievanceRepository grievances;

    public DuplicateFinder(GrievanceRepository grievances) {
        this.grievances = grievances;
    }

    /**
     * The id of the first case of the chain this submission repeats, if any: a repeat of a case that
     * was itself linked joins the same chain. At a place, only first cases of chains are compared
     * (later ones were similar enough to their first case to join it); the same person's cases are
     * compared whether first or not. Parts of a split case (copies of their original's submission)
     * never are: a repeat links to the original the resident knows.
     */
    public Optional<String> earlierCaseLike(Grievance.Submission submission, Instant now) {
        Contact contact = submission.contact();
        Location place = submission.location();
        String phone = contact == null ? null : contact.phone();
        String email = contact == null ? null : contact.email();
        String addressKey = AddressKey.of(place.address());
        boolean located = place.latitude() != null && place.longitude() != null;
        String text = text(submission.title(), submission.description());

        return grievances.candidatesLike(phone, email, addressKey,
                        located ? NearbyPlaces.cellsWithin(place.latitude(), place.longitude(), SAME_PLACE_METRES) : List.of(),
                        now.minus(WINDOW), MAX_CANDIDATES).stream()
                .filter(earlier -> samePersonOrPlace(earlier, phone, email, addressKey, place))
                .filter(earlier -> TextSimilarity.of(text, text(earlier.title(), earlier.description())) >= VERY_SIMILAR)
                .map(DuplicateCandidate::chainHead)
                .findFirst();
    }

    /** The grid cells are coarse; the exact distance decides. */
    private static boolean samePersonOrPlace(DuplicateCandidate earlier, String phone, String email, String addressKey,
            Location place) {
        if (phone != null && phone.equals(earlier.phone()) || email != null && email.equals(earlier.email())) {
            return true;
        }
        if (addressKey != null && addressKey.equals(earlier.addressKey())) {
            return true;
        }
        return place.latitude() != null && place.longitude() != null && earlier.latitude() != null
                && earlier.longitude() != null
                && NearbyPlaces.metresBetween(place.latitude(), place.longitude(), earlier.latitude(), earlier.longitude())
                        <= SAME_PLACE_METRES;
    }

    private static String text(String title, String description) {
        return (title == null ? "" : title + " ") + description;
    }
}
