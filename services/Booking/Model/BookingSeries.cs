namespace Frivillighed.Booking.Model;

// A weekly recurring booking: the same weekday and times from FirstDate to LastDate. Its occurrences are
// ordinary bookings that point back here.
public sealed class BookingSeries
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid FacilityId { get; init; }
    public Guid? AssociationId { get; init; }
    public Guid? SeasonRequestId { get; init; }
    public required string Activity { get; init; }
    public DateOnly FirstDate { get; init; }
    public DateOnly LastDate { get; init; }
    public TimeOnly Start { get; init; }
    public TimeOnly End { get; init; }
    public List<DateOnly> SkippedDates { get; init; } = [];
    public Guid CreatedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public DayOfWeek Weekday => FirstDate.DayOfWeek;
}
