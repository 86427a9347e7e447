namespace Frivillighed.Booking.Apis;

public sealed record BookingRightResponse(
    Guid AssociationId,
    int ConsecutiveNoShows,
    bool Suspended,
    DateTimeOffset? SuspendedAt,
    DateTimeOffset? LiftedAt,
    string? LiftReason,
    int LateCancellationsLastYear);
