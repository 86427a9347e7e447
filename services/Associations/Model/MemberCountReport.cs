namespace Frivillighed.Associations.Model;

// An association's member count for one year (cut-off 31 December). Corrections by staff add a revision with a
// reason; earlier revisions stay as history.
public sealed class MemberCountReport
{
    public Guid AssociationId { get; init; }
    public int Year { get; init; }
    public int Revision { get; init; }
    public List<MemberCountLine> Lines { get; init; } = [];
    public DateTimeOffset ReportedAt { get; init; }
    public Guid ReportedById { get; init; }
    public required string ReportedByName { get; init; }
    public string? CorrectionReason { get; init; }

    public int Under25 => Lines.Sum(l => l.Under25);
    public int Age25AndOver => Lines.Sum(l => l.Age25AndOver);

    // DOMAIN rule 6: a count is for a year whose cut-off has passed, per activity, never negative.
    public static Dictionary<string, string[]> Validate(int? year, IReadOnlyList<MemberCountLine>? lines, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is not { } y || y < 2000 || y >= today.Year)
        {
            errors["Year"] = [$"Year is a past year (the cut-off is 31 December): at most {today.Year - 1}."];
        }

        if (lines is not { Count: > 0 })
        {
            errors["Lines"] = ["Give at least one activity with its members under 25 and 25 and over."];
        }
        else if (lines.Any(l => string.IsNullOrWhiteSpace(l.Activity) || l.Activity.Length > 100))
        {
            errors["Lines"] = ["Every line names its activity (at most 100 characters)."];
        }
        else if (lines.Any(l => l.Under25 < 0 || l.Age25AndOver < 0 || l.Under25 > 100_000 || l.Age25AndOver > 100_000))
        {
            errors["Lines"] = ["Member counts are between 0 and 100000."];
        }
        else if (lines.GroupBy(l => l.Activity.Trim(), StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            errors["Lines"] = ["Each activity appears once."];
        }

        return errors;
    }
}
