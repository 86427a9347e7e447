using Frivillighed.ServiceDefaults;

namespace Frivillighed.Grants.Model;

// A deadline of a pool (several a year). Applications are accepted until the end of the deadline's day in
// Denmark. OnlyIfMoneyLeft: the round opens only while the pool has money left (Faxe's 15 November round).
public sealed class ApplicationRound
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PoolId { get; init; }
    public required string Name { get; init; }
    public DateOnly Deadline { get; init; }
    public bool OnlyIfMoneyLeft { get; init; }

    // The first instant after the deadline day, local time (DST-safe: the next local midnight).
    public DateTimeOffset ClosesAt => Copenhagen.ToInstant(Deadline.AddDays(1), TimeOnly.MinValue)!.Value;

    public bool IsOpenAt(DateTimeOffset now) => now < ClosesAt;
}
