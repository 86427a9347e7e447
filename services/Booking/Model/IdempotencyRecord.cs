namespace Frivillighed.Booking.Model;

// The answer to a booking POST with an Idempotency-Key, kept so that a retry gets the same answer and creates
// nothing. Keys are per caller; RequestHash tells a retry from a different request under a reused key.
public sealed class IdempotencyRecord
{
    public Guid UserId { get; init; }
    public required string Key { get; init; }
    public required string RequestHash { get; init; }
    public string? Location { get; set; }
    public string? ResponseBody { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
