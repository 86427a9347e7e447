using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

public sealed record SeasonRoundResponse(
    Guid Id,
    string Name,
    DateOnly SeasonStart,
    DateOnly SeasonEnd,
    DateOnly RequestsOpen,
    DateOnly RequestsClose,
    SeasonRoundStatus Status,
    DateTimeOffset? DraftedAt,
    DateTimeOffset? PublishedAt);
