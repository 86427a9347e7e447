namespace Frivillighed.Booking.Model;

// Bookable municipal premises in one of the towns.
public sealed class Facility
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; init; }
    public FacilityKind Kind { get; init; }
    public required string Town { get; init; }
    public required string Address { get; init; }
    public int Capacity { get; init; }
}
