using Frivillighed.Booking.Model;

namespace Frivillighed.Booking.Apis;

// A weekly booking on FirstDate's weekday until LastDate. SkipConflicts: book the free dates and report the
// others, instead of booking nothing when any date is taken.
public sealed record CreateSeriesRequest(
    Guid? FacilityId, Guid? AssociationId, DateOnly? FirstDate, DateOnly? LastDate, TimeOnly? Start, TimeOnly? End, string? Activity,
    bool SkipConflicts = false)
{
    public const int MaxWeeks = 53;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (FacilityId is null)
        {
            errors[nameof(FacilityId)] = ["Say which facility to book."];
        }

        BookingValidation.Times(errors, FirstDate, nameof(FirstDate), Start, End);
        BookingValidation.Activity(errors, Activity);
        if (LastDate is null)
        {
            errors[nameof(LastDate)] = ["Give the date of the last occurrence."];
        }
        else if (FirstDate is { } first && (LastDate < first || LastDate > first.AddDays(7 * (MaxWeeks - 1))))
        {
            errors[nameof(LastDate)] = [$"The last date must be on or after the first, and a series has at most {MaxWeeks} weekly occurrences."];
        }

        return errors;
    }

    public BookingSeries ToSeries(List<DateOnly> skipped, Guid userId, DateTimeOffset now) => new()
    {
        FacilityId = FacilityId!.Value, AssociationId = AssociationId, Activity = Activity!.Trim(), FirstDate = FirstDate!.Value, LastDate = LastDate!.Value,
        Start = Start!.Value, End = End!.Value, SkippedDates = skipped, CreatedById = userId, CreatedAt = now,
    };
}
