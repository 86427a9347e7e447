namespace Frivillighed.Booking.Model;

// A season's allocation of weekly slots: requests are collected in a window, the system drafts an allocation,
// staff adjust it and publish it as recurring bookings for the season.
public sealed class SeasonRound
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; init; }
    public DateOnly SeasonStart { get; init; }
    public DateOnly SeasonEnd { get; init; }
    public DateOnly RequestsOpen { get; init; }
    public DateOnly RequestsClose { get; init; }
    public SeasonRoundStatus Status { get; set; } = SeasonRoundStatus.Open;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DraftedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public bool AcceptsRequestsOn(DateOnly today) => Status != SeasonRoundStatus.Published && RequestsOpen <= today && today <= RequestsClose;
}
