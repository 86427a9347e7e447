namespace Frivillighed.Grants.Model;

// A budget with a purpose and a legal basis. Committed never exceeds Budget (a CHECK constraint).
public sealed class GrantPool
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; init; }
    public required string Purpose { get; init; }
    public required string LegalBasis { get; init; }
    public int Year { get; init; }
    public decimal Budget { get; init; }
    public decimal Committed { get; init; }
}
