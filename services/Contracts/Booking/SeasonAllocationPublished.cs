namespace Frivillighed.Contracts.Booking;

// A season's allocation is final: every grant is now a weekly series of bookings for the season.
public sealed record SeasonAllocationPublished(
    Guid RoundId,
    string Name,
    DateOnly SeasonStart,
    DateOnly SeasonEnd,
    IReadOnlyList<SeasonGrant> Grants,
    int Rejected,
    DateTimeOffset OccurredAt);
