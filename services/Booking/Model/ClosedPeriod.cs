namespace Frivillighed.Booking.Model;

// Days (From to To, both included) on which a facility cannot be booked: holidays, maintenance.
public sealed class ClosedPeriod
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid FacilityId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public required string Reason { get; init; }

    public bool Covers(DateOnly date) => From <= date && date <= To;
}
