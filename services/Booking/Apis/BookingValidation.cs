namespace Frivillighed.Booking.Apis;

// The shape checks booking requests share (400 answers); the facility's own rules come after (422).
public static class BookingValidation
{
    public static void Times(Dictionary<string, string[]> errors, DateOnly? date, string dateField, TimeOnly? start, TimeOnly? end)
    {
        if (date is null)
        {
            errors[dateField] = ["Give the date (yyyy-MM-dd, local time in Denmark)."];
        }

        if (start is null || end is null)
        {
            errors["Start"] = ["Give start and end times (HH:mm, local time in Denmark)."];
        }
        else if (end <= start)
        {
            errors["End"] = ["The end must be after the start on the same day."];
        }
    }

    public static void Activity(Dictionary<string, string[]> errors, string? activity)
    {
        if (string.IsNullOrWhiteSpace(activity) || activity.Length > 200)
        {
            errors["Activity"] = ["Say what the facility is for (at most 200 characters), e.g. 'U11 fodboldtræning'."];
        }
    }
}
