namespace Frivillighed.Grants.Model;

// What the association spent and achieved. Money paid but not spent is to be paid back (RepaymentClaim).
public sealed class UseReport
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AwardId { get; init; }
    public decimal Spent { get; init; }
    public required string Results { get; init; }
    public decimal RepaymentClaim { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public Guid SubmittedById { get; init; }
}
