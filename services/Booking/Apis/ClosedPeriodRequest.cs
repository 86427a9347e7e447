namespace Frivillighed.Booking.Apis;

public sealed record ClosedPeriodRequest(DateOnly? From, DateOnly? To, string? Reason)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (From is null || To is null || To < From || To.Value.DayNumber - From.Value.DayNumber > 366)
        {
            errors[nameof(From)] = ["Give the first and last closed day (at most a year apart)."];
        }

        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 200)
        {
            errors[nameof(Reason)] = ["Say why the facility is closed (at most 200 characters), e.g. 'Juleferie'."];
        }

        return errors;
    }
}
