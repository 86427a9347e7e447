using Frivillighed.AssociationReadModel;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Booking.Model;

// Whether an association may book, and whether for free, from what the Associations service last said
// (FOL §21–22: only approved associations book for free; others may book residual time for the hourly price)
// and its own booking record (Faxe rule 3.8).
public sealed record Eligibility(string? Refusal, bool Free)
{
    public static readonly Eligibility Municipal = new(null, true);

    public static Eligibility For(Guid associationId, KnownAssociation? association, BookingRight? right) => (association, right) switch
    {
        (null, _) => Refused($"Association {associationId} is unknown to the booking service."),
        (_, { Suspended: true }) => Refused(
            $"{association.Name}'s booking right is suspended after {BookingRight.NoShowsBeforeSuspension} no-shows in a row (since {right.SuspendedAt:yyyy-MM-dd}); staff can lift it."),
        ({ Status: AssociationStatus.Suspended }, _) => Refused($"{association.Name} is suspended and cannot book."),
        ({ Status: AssociationStatus.Withdrawn }, _) => Refused($"{association.Name} is withdrawn and cannot book."),
        ({ Status: AssociationStatus.Rejected }, _) => Refused($"{association.Name} was not approved and cannot book."),
        ({ ChildSafetyLapsed: true }, _) => Refused(
            $"{association.Name}'s yearly child-safety declaration (børneattest) is overdue, which blocks new bookings until it is filed."),
        ({ Status: AssociationStatus.Approved }, _) => new(null, true),
        _ => new(null, false),
    };

    private static Eligibility Refused(string reason) => new(reason, false);

    public decimal PriceFor(Facility facility, TimeOnly start, TimeOnly end) =>
        Free ? 0m : decimal.Round(facility.HourlyPrice * (decimal)(end - start).TotalMinutes / 60m, 2);
}
