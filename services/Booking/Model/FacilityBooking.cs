using Frivillighed.Contracts.Booking;

namespace Frivillighed.Booking.Model;

// One confirmed (or cancelled) use of a facility. The database's exclusion constraint keeps confirmed bookings
// of a facility from overlapping; AssociationId is null for the municipality's own use.
public sealed class FacilityBooking
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid FacilityId { get; init; }
    public Guid? AssociationId { get; init; }
    public Guid? SeriesId { get; init; }
    public Guid? SeasonRoundId { get; init; }
    public required string Activity { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public BookingStatus Status { get; set; } = BookingStatus.Confirmed;
    public decimal Price { get; init; }

    // The grant whose booking quota paid for this booking (then Price is 0).
    public Guid? QuotaAwardId { get; init; }
    public Guid BookedById { get; init; }
    public required string BookedByName { get; init; }
    public DateTimeOffset BookedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid? CancelledById { get; set; }
    public string? CancellationReason { get; set; }
    public bool LateCancellation { get; set; }
    public Attendance? Attendance { get; set; }
    public DateTimeOffset? AttendanceRecordedAt { get; set; }

    // PostgreSQL's xmin: two concurrent changes of one booking cannot both win.
    public uint Version { get; set; }

    public void Cancel(DateTimeOffset now, Guid? byUserId, string reason, bool late)
    {
        Status = BookingStatus.Cancelled;
        CancelledAt = now;
        CancelledById = byUserId;
        CancellationReason = reason;
        LateCancellation = late;
    }

    // Attendance is recorded once, for a confirmed booking that has begun.
    public string? WhyNoAttendance(DateTimeOffset now) =>
        Attendance is { } recorded ? $"Attendance of booking {Id} is already recorded ({recorded})."
        : Status != BookingStatus.Confirmed ? $"Booking {Id} was cancelled; there is no attendance to record."
        : StartsAt > now ? $"Booking {Id} has not begun yet."
        : null;

    public void RecordAttendance(Attendance attendance, DateTimeOffset now)
    {
        Attendance = attendance;
        AttendanceRecordedAt = now;
    }

    // The integration events of its life, made here so that handlers, consumers and the schedule say the same.
    public BookingConfirmed Confirmed(string facilityName) =>
        new(Id, FacilityId, facilityName, AssociationId, Activity, StartsAt, EndsAt, SeriesId, Price, BookedAt, SeasonRoundId);

    public BookingCancelled Cancelled() =>
        new(Id, FacilityId, AssociationId, StartsAt, EndsAt, CancellationReason ?? "", LateCancellation, CancelledAt!.Value, Activity, SeriesId);
}
