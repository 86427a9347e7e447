namespace Frivillighed.Grants.Model;

public sealed class Payout
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AwardId { get; init; }
    public decimal Amount { get; init; }
    public required string Reference { get; init; }
    public DateTimeOffset PaidAt { get; init; }
    public Guid RegisteredById { get; init; }
}
