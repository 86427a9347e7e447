using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public sealed record RequestConflicts(Guid RequestId, List<SlotConflict> Conflicts);
