namespace Frivillighed.Booking.Apis;

// A season (e.g. week 33 to week 26) and the window in which associations submit requests (e.g. 1–21 February).
public sealed record SeasonRoundRequest(string? Name, DateOnly? SeasonStart, DateOnly? SeasonEnd, DateOnly? RequestsOpen, DateOnly? RequestsClose)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            errors[nameof(Name)] = ["Name the season, e.g. 'Sæson 2027/28'."];
        }

        if (SeasonStart is null || SeasonEnd is null || SeasonEnd <= SeasonStart || SeasonEnd.Value.DayNumber - SeasonStart.Value.DayNumber > 400)
        {
            errors[nameof(SeasonStart)] = ["Give the season's first and last day (at most about a year apart)."];
        }

        if (RequestsOpen is null || RequestsClose is null || RequestsClose < RequestsOpen || (SeasonStart is { } start && RequestsClose >= start))
        {
            errors[nameof(RequestsOpen)] = ["Give the request window's first and last day, ending before the season begins."];
        }

        return errors;
    }
}
