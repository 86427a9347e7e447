using Frivillighed.Contracts.Booking;

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

    public string? WhyNoRequestsOn(DateOnly today) =>
        AcceptsRequestsOn(today) ? null : $"{Name} accepts requests from {RequestsOpen:yyyy-MM-dd} to {RequestsClose:yyyy-MM-dd}.";

    public bool AcceptsRequestsOn(DateOnly today) => Status != SeasonRoundStatus.Published && RequestsOpen <= today && today <= RequestsClose;

    // Staff adjust and publish a drafted allocation, once.
    public string? WhyNotChangeAllocation() => Status switch
    {
        SeasonRoundStatus.Open => "Draft the allocation first.",
        SeasonRoundStatus.Published => $"{Name} is already published.",
        _ => null,
    };

    // The dates a weekly slot on this weekday is booked on when published today: from tomorrow (or the season's
    // start, if later) to the season's end.
    public List<DateOnly> PublicationDates(DayOfWeek weekday, DateOnly today)
    {
        var from = today.AddDays(1) > SeasonStart ? today.AddDays(1) : SeasonStart;
        return BookingRules.Weekly(from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7), SeasonEnd);
    }

    public SeasonAllocationPublished Publish(List<SeasonGrant> grants, List<SeasonWishOutcome> outcomes, DateTimeOffset now)
    {
        Status = SeasonRoundStatus.Published;
        PublishedAt = now;
        return new SeasonAllocationPublished(Id, Name, SeasonStart, SeasonEnd, grants, outcomes.Count - grants.Count, now, outcomes);
    }
}
