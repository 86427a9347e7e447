namespace Frivillighed.Booking.Model;

// Why a wanted date cannot be had: booked (Start and End are the blocking booking's local times) or closed.
public sealed record SlotConflict(DateOnly Date, TimeOnly? Start, TimeOnly? End, string Reason);
